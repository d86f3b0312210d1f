-- The directory: who helps with what, per life domain (issue 9). Modelled on Open Referral HSDS 3.0.
-- Written for what MySQL 8, MariaDB 10.11 and H2 (MODE=MySQL) share.

-- The taxonomy: three vocabularies (life domains, issues, professional roles). The shared terms
-- (region_code null) come from seed 001 and are the same for every region; a region adds its own
-- terms beneath them (region_code set, code prefixed with the region: '29-...'), never changes a
-- shared one. The id is the term's HSDS id (a UUID, fixed for shared terms); the code is what the
-- portal's API and filters use.
create table directory_term (
  id varchar(36) not null primary key,
  taxonomy varchar(20) not null,
  code varchar(60) not null,
  region_code varchar(2),
  parent_code varchar(60),
  sort_order int not null,
  name_nl varchar(200) not null,
  name_en varchar(200) not null,
  description_nl varchar(2000),
  description_en varchar(2000),
  aliases_nl varchar(500),
  internal_role boolean,
  created_at datetime(6) not null,
  constraint uq_directory_term unique (taxonomy, code),
  constraint fk_directory_term_region foreign key (region_code) references region (code)
);
create index ix_directory_term_region on directory_term (region_code, taxonomy);

-- A service of a member organisation (HSDS service), tenant-owned.
create table directory_service (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  public_id varchar(36) not null,
  organisation_id bigint not null,
  name varchar(200) not null,
  alternate_name varchar(200),
  description varchar(4000) not null,
  url varchar(300),
  email varchar(200),
  chat_url varchar(300),
  status varchar(20) not null,
  age_group varchar(10) not null,
  min_age int,
  max_age int,
  eligibility varchar(2000),
  accepts_referrals boolean not null,
  waiting_weeks int,
  cost_free boolean not null,
  cost_description varchar(500),
  verified_at datetime(6),
  verified_by varchar(100),
  reminded_at datetime(6),
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  updated_by varchar(100) not null,
  constraint uq_directory_service_public unique (public_id),
  constraint fk_directory_service_region foreign key (tenant_id) references region (code),
  constraint fk_directory_service_org foreign key (organisation_id) references organisation (id)
);
create index ix_directory_service_tenant on directory_service (tenant_id, status);
create index ix_directory_service_org on directory_service (organisation_id);
create index ix_directory_service_verified on directory_service (tenant_id, verified_at);

-- The service's life domains, issues and roles (term codes), the municipalities it serves (HSDS
-- service_area by CBS code) and its languages (ISO 639-1).
create table directory_service_term (
  service_id bigint not null,
  term_code varchar(60) not null,
  primary key (service_id, term_code),
  constraint fk_dst_service foreign key (service_id) references directory_service (id) on delete cascade
);
create table directory_service_area (
  service_id bigint not null,
  municipality_code varchar(6) not null,
  primary key (service_id, municipality_code),
  constraint fk_dsa_service foreign key (service_id) references directory_service (id) on delete cascade,
  constraint fk_dsa_municipality foreign key (municipality_code) references municipality (code)
);
create table directory_service_language (
  service_id bigint not null,
  language varchar(8) not null,
  primary key (service_id, language),
  constraint fk_dsl_service foreign key (service_id) references directory_service (id) on delete cascade
);

-- How to reach a service: phones (HSDS phone; internal = only for signed-in members, such as a
-- professional's direct line) and contacts (HSDS contact).
create table directory_phone (
  service_id bigint not null,
  seq int not null,
  public_id varchar(36) not null,
  number varchar(40) not null,
  kind varchar(10) not null,
  description varchar(200),
  internal boolean not null,
  primary key (service_id, seq),
  constraint fk_dphone_service foreign key (service_id) references directory_service (id) on delete cascade
);
create table directory_contact (
  service_id bigint not null,
  seq int not null,
  public_id varchar(36) not null,
  name varchar(200) not null,
  title varchar(200),
  email varchar(200),
  phone varchar(40),
  internal boolean not null,
  primary key (service_id, seq),
  constraint fk_dcontact_service foreign key (service_id) references directory_service (id) on delete cascade
);

-- Opening and walk-in hours (HSDS schedule, weekly): one row per day and time range.
create table directory_schedule (
  service_id bigint not null,
  seq int not null,
  public_id varchar(36) not null,
  kind varchar(10) not null,
  weekday varchar(2) not null,
  opens_at varchar(5) not null,
  closes_at varchar(5) not null,
  description varchar(200),
  primary key (service_id, seq),
  constraint fk_dschedule_service foreign key (service_id) references directory_service (id) on delete cascade
);

-- Where a service is given (HSDS location and service_at_location).
create table directory_location (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  version bigint not null,
  public_id varchar(36) not null,
  organisation_id bigint not null,
  name varchar(200) not null,
  street varchar(200),
  postal_code varchar(7),
  city varchar(120) not null,
  municipality_code varchar(6),
  latitude decimal(9, 6),
  longitude decimal(9, 6),
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  constraint uq_directory_location_public unique (public_id),
  constraint fk_directory_location_region foreign key (tenant_id) references region (code),
  constraint fk_directory_location_org foreign key (organisation_id) references organisation (id)
);
create table directory_service_location (
  service_id bigint not null,
  location_id bigint not null,
  public_id varchar(36) not null,
  primary key (service_id, location_id),
  constraint uq_dsl_public unique (public_id),
  constraint fk_dsloc_service foreign key (service_id) references directory_service (id) on delete cascade,
  constraint fk_dsloc_location foreign key (location_id) references directory_location (id)
);

-- Every change of an entry, field by field: the entry's history.
create table directory_change (
  id bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  service_id bigint not null,
  field varchar(60) not null,
  old_value varchar(4000),
  new_value varchar(4000),
  changed_by varchar(100) not null,
  changed_at datetime(6) not null,
  constraint fk_dchange_service foreign key (service_id) references directory_service (id) on delete cascade
);
create index ix_directory_change_service on directory_change (service_id, id);

-- The search index's feed: every committed change of a service adds a row in the same
-- transaction; each portal instance reads the rows after the last it applied and re-indexes those
-- services, so every instance's index follows the database (ADR 0017).
create table directory_index_feed (
  seq bigint not null auto_increment primary key,
  tenant_id varchar(2) not null,
  service_id bigint not null,
  changed_at datetime(6) not null
);

-- The shared taxonomy of seed 001 (nine life domains, their issues, the professional roles),
-- Dutch first, English alongside. Ids are fixed (UUID v5 of taxonomy and code).
insert into directory_term (id, taxonomy, code, region_code, parent_code, sort_order, name_nl, name_en, description_nl, description_en, aliases_nl, internal_role, created_at) values
('813d2127-7fdc-51e6-a240-4bdab1e7a6c6', 'LIFE_DOMAIN', 'education', null, null, 1, 'Onderwijs', 'Education', 'De student die een mbo-opleiding volgt staat centraal, met het mbo (leefdomein onderwijs) daar prominent omheen. Het mbo heeft verbindingen met partners op de andere leefdomeinen en heeft een taak om te signaleren en te zorgen dat jongeren de juiste ondersteuning krijgen.', 'The student following an mbo programme is at the centre, with the mbo (the education life domain) prominently around them. The mbo has connections with partners in the other life domains and has a task to spot signals and make sure young people get the right support.', null, null, timestamp '2026-12-03 00:00:00'),
('7f4269f2-121c-593f-a711-c4f8b799edd5', 'LIFE_DOMAIN', 'wellbeing', null, null, 2, 'Welzijn', 'Wellbeing', 'Het is belangrijk dat jongeren goed in hun vel zitten, voldoende kwaliteit van leven ervaren en zich gezond voelen. Vraagstukken zijn onder meer de overgang naar 18+, mentaal welbevinden, verzuim en verslaving.', 'It is important that young people feel good about themselves, experience sufficient quality of life and feel healthy. Issues include the transition to 18+, mental wellbeing, absenteeism and addiction.', null, null, timestamp '2026-12-03 00:00:00'),
('54c505fd-ccdd-5c88-9c01-13b5eaa509fd', 'LIFE_DOMAIN', 'support_network', null, null, 3, 'Support / netwerk', 'Support / network', 'Kan een student bij problemen of tegenvallers terugvallen op een ondersteunend netwerk? Betrokken ouders en een maatje uit het eigen netwerk kunnen een belangrijke steunende en motiverende factor zijn.', 'Can a student fall back on a supportive network when facing problems or setbacks? Involved parents and a buddy from the student''s own network can be an important supporting and motivating factor.', null, null, timestamp '2026-12-03 00:00:00'),
('a3e6bec6-c4bc-5b9b-b0df-ecfda1e857a9', 'LIFE_DOMAIN', 'work', null, null, 4, 'Werk', 'Work', 'Een baan naast de opleiding, het vinden van een stageplek en begeleiding richting arbeid en een duurzame positie op de arbeidsmarkt. Jongeren die zonder diploma uitstromen lopen een groter risico op langdurige werkloosheid.', 'A job alongside the programme, finding a work placement, and guidance towards work and a lasting position in the labour market. Young people who leave school without a diploma run a higher risk of long-term unemployment.', null, null, timestamp '2026-12-03 00:00:00'),
('2d0335ed-18c9-5972-8998-71a4a77aa47d', 'LIFE_DOMAIN', 'income_debt', null, null, 5, 'Inkomen / schulden', 'Income / debt', 'Moet een jongere voor een eigen inkomen zorgen? Vanaf 18 jaar is de student voor de wet financieel verantwoordelijk; armoede en schulden leveren stress op en kunnen leiden tot verzuim en stoppen met school.', 'Does a young person have to provide their own income? From 18 the student is legally financially responsible; poverty and debt cause stress and can lead to absenteeism and dropping out of school.', null, null, timestamp '2026-12-03 00:00:00'),
('e76888f1-404e-5340-8de0-016490a17545', 'LIFE_DOMAIN', 'justice', null, null, 6, 'Justitie', 'Justice', 'Is een jongere in aanraking gekomen met criminaliteit en heeft hij te maken met justitie? Het gaat onder meer om incidenten op school, terugkeer uit detentie en vatbaarheid voor criminaliteit.', 'Has a young person come into contact with crime and are they dealing with the justice system? This includes incidents at school, return from detention and susceptibility to crime.', null, null, timestamp '2026-12-03 00:00:00'),
('c1559c91-0d10-509d-ba3c-baa7004ce03d', 'LIFE_DOMAIN', 'housing', null, null, 7, 'Wonen', 'Housing', 'Hoe is de woonsituatie? Door woningnood, uitstroom uit een jeugdhulpinstelling bij 18 jaar of dak- en thuisloosheid vinden studenten soms geen geschikte woonruimte, wat leidt tot veel problemen en stress.', 'What is the living situation? Because of the housing shortage, leaving a youth care institution at 18, or homelessness, students sometimes cannot find suitable accommodation, which leads to many problems and stress.', null, null, timestamp '2026-12-03 00:00:00'),
('6917d232-63d8-504a-abb0-c2949339db93', 'LIFE_DOMAIN', 'safety', null, null, 8, 'Veiligheid', 'Safety', 'Studenten hebben een veilige schoolomgeving nodig om zich optimaal te kunnen ontwikkelen. Vraagstukken zijn onder meer huiselijk geweld, pesten, gescheiden ouders, chantage/uitbuiting en mensenhandel.', 'Students need a safe school environment to be able to develop optimally. Issues include domestic violence, bullying, divorced parents, blackmail/exploitation and human trafficking.', null, null, timestamp '2026-12-03 00:00:00'),
('2e7cf76d-7e79-55f4-8d23-92533ff6a42a', 'LIFE_DOMAIN', 'health', null, null, 9, 'Gezondheid', 'Health', 'Een chronische ziekte, een psychische stoornis of (tijdelijke) uitval door ziekte kan belemmeringen geven in onderwijs en stage, bijvoorbeeld door vermoeidheid en verzuim voor behandelingen en herstel.', 'A chronic illness, a mental disorder or (temporary) dropout due to illness can cause obstacles in education and work placements, for example through fatigue and absence for treatment and recovery.', null, null, timestamp '2026-12-03 00:00:00'),
('902ece91-06a6-5778-ad34-1a1f99f1bba0', 'ISSUE', 'care_transition_18', null, 'wellbeing', 1, 'Overgang hulpverlening 18-/18+', 'Transition of care services at 18 (18-/18+)', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('c7133cb8-5e17-5533-a8f3-3ad4e0240f4b', 'ISSUE', 'own_responsibility_from_18', null, 'wellbeing', 2, 'Student zelf verantwoordelijk vanaf 18 jaar', 'Student personally responsible from age 18', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('b64015de-1bf1-5d74-ac92-e4f03c1b9add', 'ISSUE', 'mental_wellbeing', null, 'wellbeing', 3, 'Mentaal welbevinden', 'Mental wellbeing', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('b6e0dd5a-75a6-5594-8412-fc4beb837f9e', 'ISSUE', 'absenteeism_wellbeing', null, 'wellbeing', 4, 'Verzuimproblematiek', 'Absenteeism problems', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('5ae2d700-3637-5475-9680-a2670fd7512b', 'ISSUE', 'addiction', null, 'wellbeing', 5, 'Verslaving', 'Addiction', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('62e7acbf-fa50-57b1-b442-f3056d60ba19', 'ISSUE', 'parental_involvement', null, 'support_network', 6, 'Ouderbetrokkenheid', 'Parental involvement', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('32095046-7135-545f-9c5a-2a831fd567cd', 'ISSUE', 'vulnerable_young_people', null, 'support_network', 7, 'Jongeren in kwetsbare positie', 'Young people in a vulnerable position', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('66d3235b-f4c8-5510-8fe9-e41f39fc4e76', 'ISSUE', 'leaving_without_diploma', null, 'work', 8, 'Ongediplomeerde uitstroom', 'Leaving school without a diploma', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('fc990350-9791-5dbf-8940-76339c53bc9f', 'ISSUE', 'finding_work_placement', null, 'work', 9, 'Stageplek vinden', 'Finding a work placement', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('c1d7ef36-2dab-5c43-9d22-6868cc530100', 'ISSUE', 'placement_discrimination', null, 'work', 10, 'Stagediscriminatie', 'Discrimination in work placements', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('ae27fcfb-1c65-578e-830e-121164de8fd9', 'ISSUE', 'idle_after_contract_end', null, 'work', 11, 'Thuiszitten na beëindigen werkcontract', 'Sitting at home after an employment contract ends', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('58ee269f-4698-5ab0-a45d-dd5574a574c8', 'ISSUE', 'poverty', null, 'income_debt', 12, 'Armoede', 'Poverty', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('0cdab45d-b70f-55d2-8376-f04bc6ba0715', 'ISSUE', 'debt', null, 'income_debt', 13, 'Schulden', 'Debt', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('2b4eca2f-aa2f-52aa-8370-376d948e904f', 'ISSUE', 'study_debt', null, 'income_debt', 14, 'Studieschuld', 'Student debt', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('97d5d800-db51-52fb-907c-6f3f828feaae', 'ISSUE', 'financial_self_reliance_18', null, 'income_debt', 15, 'Overgang 18-/18+ en financiële zelfredzaamheid', 'Transition at 18 (18-/18+) and financial self-reliance', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('00128372-3112-5570-bda3-06aadab4db1f', 'ISSUE', 'four_week_benefit_search_period', null, 'income_debt', 16, 'Vier weken zoektermijn voor uitkering', 'Four-week search period before benefits', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('25323656-c451-55e6-b3c2-165b26aac7c9', 'ISSUE', 'incidents_at_school', null, 'justice', 17, 'Incidenten op school', 'Incidents at school', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('11344df4-c2e7-51cf-ae6a-67215f4a1b19', 'ISSUE', 'return_from_detention', null, 'justice', 18, 'Terugkeer uit detentie', 'Return from detention', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('27dc08ae-189c-5ce3-9d51-f2c924c8596a', 'ISSUE', 'drug_dealing_recruitment_crime', null, 'justice', 19, 'Drugshandel, ronselen, criminaliteit', 'Drug dealing, recruitment, crime', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('d607f6bb-0623-5239-9187-10c190b89f85', 'ISSUE', 'absenteeism_justice', null, 'justice', 20, 'Verzuimproblematiek', 'Absenteeism problems', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('da3e873e-3656-54ab-b8d8-a48c039f982a', 'ISSUE', 'youth_housing_shortage', null, 'housing', 21, 'Jongerenhuisvesting/woningnood', 'Youth housing / housing shortage', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('fdcadeb4-e88b-53da-a738-5f3eb4b98c8f', 'ISSUE', 'leaving_youth_care_at_18', null, 'housing', 22, 'Uitstroom uit jeugdhulpinstelling bij 18 jaar', 'Leaving a youth care institution at 18', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('fc828a01-f1d5-554a-8075-d03f99daee5c', 'ISSUE', 'homelessness_couch_surfing', null, 'housing', 23, 'Dak- en thuisloosheid en bankslapers', 'Homelessness and couch surfing', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('367a08dc-d239-5f1f-be4a-8109b2b2ab43', 'ISSUE', 'domestic_violence', null, 'safety', 24, 'Huiselijk geweld', 'Domestic violence', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('423ee317-cf6b-5ba3-8a01-888717372809', 'ISSUE', 'bullying', null, 'safety', 25, 'Pesten', 'Bullying', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('c43f6218-65f2-5b00-802d-8d92b9fa1aaa', 'ISSUE', 'divorced_parents', null, 'safety', 26, 'Gescheiden ouders', 'Divorced parents', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('dd82f2db-7904-5718-bcd3-80d2cbc6f1ae', 'ISSUE', 'blackmail_exploitation', null, 'safety', 27, 'Chantage/uitbuiting', 'Blackmail / exploitation', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('bf266f6f-84c1-5e62-9a23-6cf6bdd29f45', 'ISSUE', 'human_trafficking_loverboy', null, 'safety', 28, 'Mensenhandel (loverboyproblematiek)', 'Human trafficking (loverboy problem)', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('5737361e-5bcd-5e00-b2ab-367cd05271bc', 'ISSUE', 'chronic_illness', null, 'health', 29, 'Chronische ziekte', 'Chronic illness', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('9b74515a-3b5f-5f9f-9c25-1e53e66745a5', 'ISSUE', 'mental_disorders', null, 'health', 30, 'Psychische stoornissen', 'Mental disorders', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('be515167-4167-5b91-9998-180b71abecd7', 'ISSUE', 'temporary_illness_dropout', null, 'health', 31, 'Tijdelijke uitval door ziekte en mogelijk verzuim', 'Temporary dropout due to illness and possible absenteeism', null, null, null, null, timestamp '2026-12-03 00:00:00'),
('b1daa4b6-320c-5b3e-8e37-b951cf9c1f5f', 'ROLE', 'teacher', null, 'education', 1, 'Docent', 'Teacher', 'Verzorgt onderwijs en biedt daarop afgestemde coaching en begeleiding. Signaleert eventuele extra ondersteuningsbehoeften van de student.', 'Provides teaching and coaching and guidance matched to it. Spots any additional support needs of the student.', 'docententeam', true, timestamp '2026-12-03 00:00:00'),
('6a5350b7-72f2-5804-b3d8-4a0745f7f7d3', 'ROLE', 'study_coach', null, 'education', 2, 'SLB''er', 'Study coach', 'Eerste aanspreekpunt voor de student. Ondersteunt de student bij leervorderingen en persoonlijke ontwikkeling van instroom tot uitstroom. Signaleert en is op de hoogte van de (begeleidende) contacten die de student heeft met docenten en interne en externe hulpverleners.', 'First point of contact for the student. Supports the student''s learning progress and personal development from enrolment to exit. Spots signals and keeps track of the (supporting) contacts the student has with teachers and internal and external care workers.', 'studieloopbaanbegeleider|mentor|coach', true, timestamp '2026-12-03 00:00:00'),
('e66e2e48-006a-5891-ada1-364e34f86335', 'ROLE', 'plus_coach', null, 'education', 3, 'Pluscoach', 'Plus coach (educational support worker)', 'Biedt specialistische begeleiding aan studenten met een extra ondersteuningsbehoefte.', 'Provides specialist guidance to students with additional support needs.', 'medewerker onderwijsondersteuning', true, timestamp '2026-12-03 00:00:00'),
('5c7de28b-e8ae-5c0a-80ba-aa27b824e340', 'ROLE', 'career_counsellor', null, 'education', 4, 'Decaan', 'Careers counsellor', 'Biedt begeleiding en ondersteuning bij het maken van (loopbaan)keuzes door advies en voorlichting te geven en studie- en beroepskeuzetesten af te nemen (LOB: loopbaanoriëntatie en -begeleiding).', 'Provides guidance and support in making (career) choices by giving advice and information and by administering study and career choice tests (LOB: career orientation and guidance).', 'LOB''er|loopbaanbegeleider', true, timestamp '2026-12-03 00:00:00'),
('2639ba86-5c62-5648-ac64-5739599095d5', 'ROLE', 'placement_supervisor', null, 'education', 5, 'Stagebegeleider', 'Work placement supervisor (school)', 'Biedt ondersteuning en begeleiding in de voorbereiding op en gedurende de stage/BPV (beroepspraktijkvorming). Onderhoudt hierover contact met student, praktijkbegeleider en SLB''er.', 'Provides support and guidance in preparing for and during the work placement (BPV, work-based learning). Keeps in touch about it with the student, the workplace trainer and the study coach.', 'BPV-begeleider', true, timestamp '2026-12-03 00:00:00'),
('b3589431-c461-574d-9294-b24707934d03', 'ROLE', 'care_coordinator', null, 'education', 6, 'Coördinator onderwijsondersteuning', 'Care coordinator (educational support coordinator)', 'Coördineert en adviseert over de in te zetten extra ondersteuning op de school of locatie en brengt in kaart welke professionele ondersteuning of expert ingezet kan worden bij complexe ondersteuningsbehoeften. Geeft SLB''er en docenten handelingsadvies en onderhoudt de contacten met externe partners.', 'Coordinates and advises on the additional support to be deployed at the school or site, and maps which professional support or expert can be brought in for complex support needs. Gives study coaches and teachers practical advice and maintains contacts with external partners.', 'zorgcoördinator', true, timestamp '2026-12-03 00:00:00'),
('d531101e-170a-5dd2-b6a3-da6d96ab016a', 'ROLE', 'inclusive_education_expert', null, 'education', 7, 'Expert passend onderwijs', 'Inclusive education (passend onderwijs) expert', 'Geeft advies over het inrichten en uitvoeren van onderwijs en ondersteuning in het belang van studenten met een extra ondersteuningsbehoefte.', 'Advises on organising and delivering education and support in the interest of students with additional support needs.', null, true, timestamp '2026-12-03 00:00:00'),
('1cf0795a-314b-5528-844c-e4a7e149bc48', 'ROLE', 'intake_transfer_expert', null, 'education', 8, 'Expert instroom / overstap', 'Intake / transfer expert', 'Signaleert vanuit de instroomdossiers de specifieke ondersteuningsbehoeften en adviseert bij aanmelding en intake al welke extra begeleiding en/of ondersteuning nodig is voor een succesvolle start.', 'Identifies specific support needs from the intake files and advises, already at registration and intake, what additional guidance and/or support is needed for a successful start.', null, true, timestamp '2026-12-03 00:00:00'),
('c65698b1-7645-590a-b9a1-dfc0e90f87aa', 'ROLE', 'attendance_coordinator', null, 'education', 9, 'Verzuimcoördinator', 'Attendance coordinator', 'Verantwoordelijk voor de uitvoering van de verzuimaanpak op de school of locatie.', 'Responsible for carrying out the absenteeism approach at the school or site.', 'expert verzuim', true, timestamp '2026-12-03 00:00:00'),
('bb4a3a63-2947-51b7-a7d0-2683e21c41eb', 'ROLE', 'confidential_adviser', null, 'education', 10, 'Vertrouwenspersoon', 'Confidential adviser', 'Eerste aanspreekpunt voor studenten met vragen, zorgen of klachten die te maken hebben met onveiligheid en grensoverschrijdend gedrag.', 'First point of contact for students with questions, concerns or complaints relating to lack of safety and inappropriate (boundary-crossing) behaviour.', null, true, timestamp '2026-12-03 00:00:00'),
('f7d34c07-7e38-5709-990e-b8201606a7c2', 'ROLE', 'school_social_worker', null, 'education', 11, 'Schoolmaatschappelijk werker', 'School social worker', 'Biedt laagdrempelige ondersteuning gericht op vroegtijdig gesignaleerde problematiek, vooral op sociaal-emotioneel gebied. Geeft consultatie en handelingsadviezen aan docenten en mentoren en verwijst door naar benodigde hulpverlening.', 'Offers easily accessible support aimed at problems spotted early, mainly in the social-emotional area. Gives consultation and practical advice to teachers and mentors and refers to the care that is needed.', null, false, timestamp '2026-12-03 00:00:00'),
('7864f375-319f-500e-89b6-6f806348191b', 'ROLE', 'education_consultant', null, 'education', 12, 'Onderwijsconsulent', 'Education consultant', 'Onafhankelijke deskundige met kennis en ervaring op het gebied van passend onderwijs en thuiszittersproblematiek, inzetbaar voor po, vo en mbo. Helpt bij het vinden van een geschikte school en bij interventies en plannen van aanpak bij thuiszitters (of om dit te voorkomen).', 'Independent expert with knowledge and experience of inclusive education (passend onderwijs) and of young people out of school (thuiszitters), available for primary, secondary and mbo education. Helps find a suitable school and with interventions and action plans for young people out of school (or to prevent this).', null, false, timestamp '2026-12-03 00:00:00'),
('b3064dbf-c5c8-5389-ae5c-5ba6c3e71278', 'ROLE', 'workplace_trainer', null, 'education', 13, 'Praktijkopleider', 'Workplace trainer', 'Draagt zorg voor de praktijkopleiding en -begeleiding van de student op de stage- of BPV-plek en onderhoudt contact met de stagebegeleider/BPV-begeleider van school.', 'Takes care of the student''s practical training and guidance at the work placement (BPV) site and keeps in touch with the school''s work placement supervisor.', 'praktijkbegeleider', false, timestamp '2026-12-03 00:00:00'),
('8f6b3cf9-a379-558f-9ce0-b72c31f460b4', 'ROLE', 'compulsory_education_officer', null, 'education', 14, 'Leerplichtambtenaar', 'Compulsory education officer', 'Controleert of studenten (tot 18 jaar) de leerplicht naleven. Gaat hierover in gesprek met studenten (en ouders) en school, onderzoekt achterliggende problemen, adviseert en kan eventueel een proces-verbaal opmaken.', 'Checks whether students (up to 18) comply with compulsory education. Talks about this with students (and parents) and the school, investigates underlying problems, advises and may issue an official report (proces-verbaal).', null, false, timestamp '2026-12-03 00:00:00'),
('8d277fe4-77f1-50d0-8933-51c2ee3d18ae', 'ROLE', 'rmc_pathway_counsellor', null, 'education', 15, 'Trajectbegeleider RMC', 'RMC pathway counsellor', 'Benadert jongeren van 18 tot 23 jaar die school (dreigen te) verlaten zonder startkwalificatie en die de gemeente volgt in het kader van de RMC-wetgeving (RMC: regionaal meld- en coördinatiepunt). Bekijkt met de jongere wat de mogelijkheden zijn; het doel is dat de jongere een opleiding doet en/of werk vindt.', 'Approaches young people aged 18 to 23 who leave (or are about to leave) school without a basic qualification and whom the municipality follows under the RMC legislation (RMC: regional reporting and coordination point). Explores the options with the young person; the aim is that the young person follows a programme and/or finds work.', null, false, timestamp '2026-12-03 00:00:00'),
('cee5a63f-02f2-5208-b951-6e9377f50758', 'ROLE', 'youth_care_in_class', null, 'wellbeing', 16, 'Jeugdhulp in de klas', 'Youth care worker in the classroom', 'Hulpverlener in de klas die (preventief) studenten met (lichte) problematiek signaleert en helpt. Daarmee wordt de docent ondersteund en ontlast en worden studenten direct en laagdrempelig geholpen (bijvoorbeeld klas als werkplaats / school als werkplaats).', 'Care worker in the classroom who (preventively) spots and helps students with (mild) problems. This supports and relieves the teacher and helps students directly and in an easily accessible way (for example ''class as workplace'' / ''school as workplace'').', null, false, timestamp '2026-12-03 00:00:00'),
('8be4bab4-1d2c-540a-84df-4ae1f04e18a8', 'ROLE', 'youth_care_worker', null, 'wellbeing', 17, 'Jeugdzorgmedewerker', 'Youth care worker', 'Ondersteunt jongeren (tot 21 jaar) die problemen hebben, bijvoorbeeld met hun ouders of op school, door oplossingen te zoeken en advies en begeleiding te geven. Heeft vaak een coördinerende en organiserende rol: laat zo nodig psychiatrisch of psychologisch onderzoek uitvoeren of schakelt andere hulpverlenende instanties in.', 'Supports young people (up to 21) who have problems, for example with their parents or at school, by looking for solutions and giving advice and guidance. Often has a coordinating and organising role: arranges psychiatric or psychological assessment where needed or brings in other care agencies.', 'jeugdzorgwerker|hulpverlener', false, timestamp '2026-12-03 00:00:00'),
('496cbc9e-65f6-5a44-8418-44fc4f7a057a', 'ROLE', 'neighbourhood_team_worker', null, 'wellbeing', 18, 'Medewerker (sociaal) wijkteam', '(Social) neighbourhood team worker', 'Hulpverlener die vanuit een integrale, teamgerichte aanpak ondersteunt bij vragen en problemen op het gebied van zorg en welzijn, jeugd en gezin, en wonen, werken en inkomen. Doel is het voorkomen, tijdig signaleren van en snel ingrijpen bij opgroei- en opvoedproblemen, psychische problemen en stoornissen.', 'Care worker who, from an integrated team-based approach, supports questions and problems in the areas of care and wellbeing, youth and family, and housing, work and income. The aim is to prevent, detect early and act quickly on problems in growing up and parenting, mental health problems and disorders.', 'medewerker wijkteam|medewerker sociaal wijkteam', false, timestamp '2026-12-03 00:00:00'),
('a9ace88d-84ad-5604-869c-6a648fa5e1c3', 'ROLE', 'social_domain_officer', null, 'wellbeing', 19, 'Medewerker sociaal domein', 'Social domain officer (municipality)', 'Beleidsmedewerker van de gemeente die betrokken is bij de uitvoering van de Wmo, Participatiewet en Jeugdwet. Werkt samen met mbo''s om tot een goed ondersteuningsaanbod te komen.', 'Municipal policy officer involved in implementing the Social Support Act (Wmo), the Participation Act and the Youth Act. Works with mbo schools to arrive at a good range of support.', null, false, timestamp '2026-12-03 00:00:00'),
('6d0da830-729b-5aa6-8af3-6666b2ea175e', 'ROLE', 'school_psychologist', null, 'wellbeing', 20, 'Schoolpsycholoog', 'School psychologist', 'De ''kennisbaak'' op het gebied van mentale gezondheid, ontwikkeling en leren in het onderwijs. Verantwoordelijk voor diagnostiek en behandeling van psychische klachten/aandoeningen, bijvoorbeeld angst- en stemmingsstoornissen, burn-out, trauma en eetstoornissen. Ondersteunt docenten bij het geven van passend onderwijs en verwijst bij langdurige psychologische hulp door naar reguliere hulpverlening (voorbeeld Albeda).', 'The ''beacon'' of knowledge on mental health, development and learning in education. Responsible for diagnosing and treating mental health complaints/disorders, for example anxiety and mood disorders, burnout, trauma and eating disorders. Supports teachers in providing inclusive education and refers to regular care agencies for long-term psychological help (Albeda example).', null, false, timestamp '2026-12-03 00:00:00'),
('3bb40f8a-1992-536b-bef4-c6459ea37104', 'ROLE', 'youth_worker', null, 'wellbeing', 21, 'Jongerenwerker', 'Youth worker', 'Biedt laagdrempelige ondersteuning aan jongeren in hun ontwikkeling naar volwassenheid door contact te maken, te signaleren, motiveren, opvoeden en activeren. Werkt samen met diverse partners, zoals ouders, scholen, jeugdhulp, wijkteams en politie; jongerenwerk valt onder sociaal werk.', 'Offers easily accessible support to young people in their development towards adulthood by making contact, spotting signals, motivating, educating and activating. Works with various partners such as parents, schools, youth care, neighbourhood teams and police; youth work is part of social work.', 'jongerenwerk', false, timestamp '2026-12-03 00:00:00'),
('6e6bbe21-16a6-5dc8-82f9-c777623da1b2', 'ROLE', 'addiction_care_worker', null, 'wellbeing', 22, 'Medewerker verslavingszorg', 'Addiction care worker', 'Hulpverlener binnen de gezondheidszorg die hulp biedt aan jongeren die verslaafd zijn geraakt aan drugs, alcohol, medicijnen of gokken.', 'Care worker within health care who helps young people who have become addicted to drugs, alcohol, medication or gambling.', null, false, timestamp '2026-12-03 00:00:00'),
('7acdaa97-c587-5eed-b223-d701e87e7fc6', 'ROLE', 'orthopedagogue', null, 'wellbeing', 23, 'Orthopedagoog', 'Orthopedagogue (remedial educationalist)', 'Houdt zich bezig met jongeren met leer-, gedrags- en ontwikkelingsproblemen, vanuit de opvoedingscontext als geheel. Dit kan gaan om autisme, ADHD, gedragsproblemen of sociaal-emotionele problemen, maar ook om problemen als gevolg van verstandelijke of lichamelijke beperkingen.', 'Works with young people with learning, behavioural and developmental problems, considering the upbringing context as a whole. This can involve autism, ADHD, behavioural or social-emotional problems, but also problems resulting from intellectual or physical disabilities.', null, false, timestamp '2026-12-03 00:00:00'),
('9ad25421-d911-5359-b2f1-fe3a544bbdd7', 'ROLE', 'internal_support_counsellor', null, 'wellbeing', 24, 'Intern begeleider', 'Internal support counsellor', 'Krijgt studenten met psychische problematiek en behoefte aan meer gerichte begeleiding doorgestuurd van de studieloopbaanbegeleider en kan hen direct doorverwijzen naar de schoolpsycholoog (praktijkvoorbeeld Albeda).', 'Receives students with mental health problems who need more targeted guidance from the study coach and can refer them directly to the school psychologist (Albeda practice example).', null, true, timestamp '2026-12-03 00:00:00'),
('10ad9ea3-0cbf-549d-b4c6-f0982b149110', 'ROLE', 'life_coach', null, 'support_network', 25, 'Lifecoach', 'Life coach', 'Begeleidt en coacht jongeren (op al hun leefgebieden) om zelf hun persoonlijke en maatschappelijke leven vorm te geven; jongeren worden zich bewust en gaan op zoek naar meer inhoud en zingeving. De coaching draait om drie kernvragen: wie ben ik, wat wil ik en wat kan ik.', 'Guides and coaches young people (in all areas of their lives) to shape their personal and social lives themselves; young people become aware and look for more substance and meaning. The coaching revolves around three core questions: who am I, what do I want and what can I do.', 'life coach', false, timestamp '2026-12-03 00:00:00'),
('0135f32f-ff2b-5ee1-81d7-2971579e49a6', 'ROLE', 'job_coach', null, 'work', 26, 'Jobcoach', 'Job coach', 'Begeleidt de student met een chronische ziekte, handicap of belemmering naar een duurzame werkplek.', 'Guides the student with a chronic illness, disability or impairment to a lasting workplace.', null, false, timestamp '2026-12-03 00:00:00'),
('4582449e-dd06-5f00-b8d4-39da15c75649', 'ROLE', 'work_income_officer', null, 'work', 27, 'Medewerker Werk & Inkomen', 'Work & Income officer', 'Beleidsmedewerker die mensen op grond van de Participatiewet begeleidt naar werk of een uitkering.', 'Policy officer who, under the Participation Act, guides people towards work or benefits.', null, false, timestamp '2026-12-03 00:00:00'),
('9b675498-96ca-5cc6-b1bf-7309aa88f2fd', 'ROLE', 'continue_work_coach', null, 'work', 28, 'Doorwerkcoach', 'Continue-to-work coach', 'Vorm van coaching die wordt beschreven in de pilots om jongeren van mbo-niveau 1 en 2 beter te begeleiden richting arbeid (praktijkvoorbeeld, naast de jobcoach en de praktijkcoach).', 'Form of coaching described in the pilots to better guide young people at mbo levels 1 and 2 towards work (practice example, alongside the job coach and the practice coach).', null, false, timestamp '2026-12-03 00:00:00'),
('51a2dbb9-8fa1-55ee-8789-8a193dbc08f4', 'ROLE', 'practice_coach', null, 'work', 29, 'Praktijkcoach', 'Practice coach', 'Vorm van coaching die wordt beschreven in de pilots om jongeren van mbo-niveau 1 en 2 beter te begeleiden richting arbeid (praktijkvoorbeeld, naast de jobcoach en de doorwerkcoach).', 'Form of coaching described in the pilots to better guide young people at mbo levels 1 and 2 towards work (practice example, alongside the job coach and the continue-to-work coach).', null, false, timestamp '2026-12-03 00:00:00'),
('2486fc40-1794-5e01-b404-28c9da3711e9', 'ROLE', 'budget_coach', null, 'income_debt', 30, 'Budgetcoach', 'Budget coach', 'Heeft vanuit de gemeente een coachende en adviserende rol en kan door de student preventief worden ingeschakeld, bijvoorbeeld om te helpen een budgetplan te maken.', 'Has a coaching and advisory role on behalf of the municipality and can be called in preventively by the student, for example to help draw up a budget plan.', null, false, timestamp '2026-12-03 00:00:00'),
('c6aa8c13-1f47-5209-9291-c1269c36f21a', 'ROLE', 'debt_counsellor', null, 'income_debt', 31, 'Schuldhulpverlener', 'Debt counsellor', 'Begeleidt het proces rondom schuldhulpverlening en neemt zaken uit handen, bijvoorbeeld door te bemiddelen tussen schuldenaar en schuldeiser. Doel is een oplossing te vinden voor de problematische schuldsituatie van de student.', 'Guides the debt relief process and takes matters off the student''s hands, for example by mediating between debtor and creditor. The aim is to find a solution for the student''s problematic debt situation.', 'medewerker schuldhulpverlener', false, timestamp '2026-12-03 00:00:00'),
('8c78e9e5-e15e-559c-b8c6-6c53b4009cf4', 'ROLE', 'financial_administrator', null, 'income_debt', 32, 'Bewindvoerder', 'Financial administrator (protective administration)', 'Beheert de financiën van jongeren die daar zelf niet toe in staat zijn. Bewindvoering kan worden ingesteld bij bijvoorbeeld overmatig geld uitgeven of problematische schulden, vanaf dat de jongere 18 is.', 'Manages the finances of young people who are unable to do so themselves. Protective administration can be put in place, for example, in case of excessive spending or problematic debts, from the age of 18.', null, false, timestamp '2026-12-03 00:00:00'),
('d8e607fe-cdef-5506-a5dc-3d25986b7796', 'ROLE', 'debt_prevention_officer', null, 'income_debt', 33, 'Preventiemedewerker schuldhulpverlening', 'Debt prevention officer', 'Medewerker van de gemeentelijke afdeling schuldhulpverlening die op een financieel spreekuur op school studenten informatie geeft en helpt bij beginnende financiële problemen; bij zwaardere problematiek wordt direct doorverwezen naar het juiste loket (praktijkvoorbeeld ROC Nijmegen).', 'Officer of the municipal debt relief department who, at a financial consultation hour at school, informs students and helps with incipient financial problems; more serious problems are referred directly to the right service desk (ROC Nijmegen practice example).', null, false, timestamp '2026-12-03 00:00:00'),
('3e058bf5-04aa-5515-ae5e-20e584c1b58b', 'ROLE', 'probation_officer', null, 'justice', 34, '(Jeugd)reclasseringsambtenaar', '(Youth) probation officer', 'Begeleidt jongeren die een strafbaar feit hebben gepleegd waarvoor zij veroordeeld zijn of nog veroordeeld moeten worden. Heeft een spilfunctie en onderhoudt contacten met justitie, familie en andere instanties die in relatie staan tot de jongere.', 'Supervises young people who have committed a criminal offence for which they have been or are yet to be convicted. Has a pivotal role and maintains contacts with the justice system, family and other agencies related to the young person.', 'jeugdreclasseringsambtenaar|reclasseringsambtenaar', false, timestamp '2026-12-03 00:00:00'),
('f0a1146d-a331-5ff2-954a-d697cc83d509', 'ROLE', 'police', null, 'justice', 35, 'Politie', 'Police', 'Werkt samen met justitie en Halt ter voorkoming van crimineel gedrag van jongeren. Gaan jongeren toch de fout in, dan gebruiken politie en justitie meestal ''pedagogisch gerichte sancties'' zoals een verwijzing naar Halt; pas in een later stadium volgen (taak)straffen of maatregelen.', 'Works with the justice system and Halt to prevent criminal behaviour by young people. If young people do go wrong, police and justice usually use ''educationally oriented sanctions'' such as a referral to Halt; only at a later stage do (community) sentences or measures follow.', null, false, timestamp '2026-12-03 00:00:00'),
('f2b8150e-405d-53b9-b564-2fafc41237e4', 'ROLE', 'halt_worker', null, 'justice', 36, 'Medewerker Halt', 'Halt worker', 'Werkt met jongeren in de leeftijd van 12 tot 17 jaar. Geeft voorlichting en advies op scholen en begeleidt jongeren die een strafbaar feit (kleine overtredingen) hebben gepleegd bij de uitvoering van een passende straf.', 'Works with young people aged 12 to 17. Gives information and advice at schools and supervises young people who have committed an offence (minor offences) in carrying out an appropriate penalty.', 'medewerker Bureau Halt', false, timestamp '2026-12-03 00:00:00'),
('71ba4ef7-fcec-5363-bc31-bf7a733d1e2b', 'ROLE', 'foster_care_counsellor', null, 'housing', 37, 'Begeleider pleegzorg', 'Foster care counsellor', 'Begeleidt alle betrokken partijen: de jongeren, de ouders en het pleeggezin.', 'Supports all parties involved: the young people, the parents and the foster family.', 'jeugdzorgwerker|pleegzorgbegeleider', false, timestamp '2026-12-03 00:00:00'),
('cd14574a-4962-54eb-939a-f1e47bee6253', 'ROLE', 'youth_housing_officer', null, 'housing', 38, 'Medewerker jongerenhuisvesting', 'Youth housing officer', 'Eerste aanspreekpunt voor de jongeren; begeleidt bij het hele verhuurproces, ook bijvoorbeeld bij overlast, reparatieverzoeken en andere vragen.', 'First point of contact for the young people; guides them through the entire rental process, including for example nuisance, repair requests and other questions.', null, false, timestamp '2026-12-03 00:00:00'),
('b8ee5e75-90ef-5382-a109-8aa3e3d503cd', 'ROLE', 'supported_housing_counsellor', null, 'housing', 39, 'Persoonlijk begeleider (woonbegeleiding)', 'Personal counsellor (supported housing)', 'Medewerker van een woon-, werk- en leerhuis met studentenkamers en lichte woonbegeleiding die de student begeleidt in het zelfstandig wonen, leren en werken (praktijkvoorbeeld Kamer-Raad, ROC van Twente).', 'Staff member of a living, working and learning house with student rooms and light housing support, who guides the student in living independently, learning and working (Kamer-Raad / ROC van Twente practice example).', null, false, timestamp '2026-12-03 00:00:00'),
('8544f785-08ca-5861-8d8f-e80cd617a373', 'ROLE', 'youth_protection_worker', null, 'safety', 40, 'Jeugdbeschermer', 'Youth protection worker', 'Is in opdracht van de rechter betrokken bij de opvoeding: adviseert ouders over de opvoeding en kan jeugdhulp inzetten. Ouders behouden het gezag over hun kind, maar zijn verplicht mee te werken met de adviezen en aanwijzingen van de jeugdbeschermer.', 'Is involved in the child''s upbringing by order of the court: advises parents on parenting and can deploy youth care. Parents keep parental authority but are obliged to cooperate with the youth protection worker''s advice and instructions.', null, false, timestamp '2026-12-03 00:00:00'),
('76aab03f-b928-550c-924b-2f71ef37f1ac', 'ROLE', 'veilig_thuis_worker', null, 'safety', 41, 'Medewerker Veilig Thuis', 'Veilig Thuis worker (domestic violence and child abuse centre)', 'Is er voor advies en ondersteuning, of om een melding te doen van kindermishandeling of huiselijk geweld, ook als de jongere zich zorgen maakt over de veiligheid van iemand anders. Veilig Thuis kan zelf onderzoek doen naar de situatie of de hulp inroepen van een lokale hulpverlener.', 'Is there for advice and support, or to report child abuse or domestic violence, also when the young person is worried about someone else''s safety. Veilig Thuis can investigate the situation itself or call in a local care worker.', null, false, timestamp '2026-12-03 00:00:00'),
('da0ba85c-b9e6-5bb6-b430-d57eba3926d9', 'ROLE', 'municipal_pathway_counsellor', null, 'safety', 42, 'Trajectbegeleider gemeente', 'Municipal pathway counsellor', 'Door de gemeente aangestelde en gefinancierde trajectbegeleider die spreekuur houdt op het roc en toegang en doorverwijzing biedt naar alle domeinen, zoals financiën, huisvesting, taalachterstand, reclassering en herinstromers, en kinderopvang voor jonge moeders (praktijkvoorbeeld gemeente Helmond / ROC Ter AA).', 'Pathway counsellor appointed and funded by the municipality who holds consultation hours at the school and provides access and referral to all domains, such as finances, housing, language deficiency, probation and re-entrants, and childcare for young mothers (Helmond / ROC Ter AA practice example).', 'trajectmanager', false, timestamp '2026-12-03 00:00:00'),
('a224b7ff-2e8d-5c6e-a6e5-bd6db797842b', 'ROLE', 'youth_doctor', null, 'health', 43, 'Jeugdarts', 'Youth health doctor', 'Aanspreekpunt op school (samen met de jeugdverpleegkundige) voor signalen en aanpak van ziekteverzuim en/of psychische problemen, voor jongeren onder en boven de 18 jaar. Dit kan via spreekuren, deelname aan zorgadviesteams (ZAT''s) en multidisciplinaire overleggen (mdo''s).', 'Point of contact at school (together with the youth health nurse) for signals and handling of sickness absence and/or mental health problems, for young people under and over 18. This can be through consultation hours, taking part in care advisory teams (ZATs) and multidisciplinary meetings (MDOs).', null, false, timestamp '2026-12-03 00:00:00'),
('d5a9fd70-e427-536f-81a1-d89a39d50dfa', 'ROLE', 'youth_nurse', null, 'health', 44, 'Jeugdverpleegkundige', 'Youth health nurse', 'Aanspreekpunt op school (samen met de jeugdarts) voor signalen en aanpak van ziekteverzuim en/of psychische problemen, voor jongeren onder en boven de 18 jaar. Dit kan via spreekuren, deelname aan zorgadviesteams (ZAT''s) en multidisciplinaire overleggen (mdo''s).', 'Point of contact at school (together with the youth health doctor) for signals and handling of sickness absence and/or mental health problems, for young people under and over 18. This can be through consultation hours, taking part in care advisory teams (ZATs) and multidisciplinary meetings (MDOs).', null, false, timestamp '2026-12-03 00:00:00'),
('365de445-f25d-510d-bb98-512d7d2e0cf1', 'ROLE', 'general_practitioner', null, 'health', 45, 'Huisarts', 'General practitioner', 'Poortwachter (samen met de praktijkondersteuner): kent de jongere, het gezin, de voorgeschiedenis en de context en neemt dat mee bij het verhelderen van de vraag en het vaststellen van een vervolgtraject, zoals een eventuele doorverwijzing naar de basis- of gespecialiseerde ggz.', 'Gatekeeper (together with the practice nurse): knows the young person, the family, the history and the context and takes this into account when clarifying the question and deciding on a follow-up, such as a possible referral to basic or specialised mental health care.', null, false, timestamp '2026-12-03 00:00:00'),
('ebb2c29b-0c8f-5ee3-92d3-e5573a96ee02', 'ROLE', 'gp_mental_health_practice_nurse', null, 'health', 46, 'Praktijkondersteuner (POH GGZ)', 'GP mental health practice nurse', 'Poortwachter (samen met de huisarts): kent de jongere, het gezin, de voorgeschiedenis en de context en neemt dat mee bij het verhelderen van de vraag en het vaststellen van een vervolgtraject, zoals een eventuele doorverwijzing naar de basis- of gespecialiseerde ggz. Studenten kunnen hier terecht voor diagnostiek en doorverwijzing.', 'Gatekeeper (together with the GP): knows the young person, the family, the history and the context and takes this into account when clarifying the question and deciding on a follow-up, such as a possible referral to basic or specialised mental health care. Students can go here for diagnosis and referral.', 'POH GGZ|praktijkondersteuner van de huisarts', false, timestamp '2026-12-03 00:00:00'),
('54d7c313-26e3-5981-9388-c2913b0cf952', 'ROLE', 'youth_mental_health_worker', null, 'health', 47, 'Agogisch medewerker jeugd-GGZ', 'Youth mental health care (GGZ) social worker', 'Richt zich op de geestelijke gezondheidszorg voor kinderen en jongeren tot 18 jaar. De focus ligt op het voorkomen en behandelen van psychische klachten en aandoeningen zoals depressie, angst, ADHD, autisme, persoonlijkheidsstoornissen en verslavingsproblematiek.', 'Focuses on mental health care for children and young people up to 18. The focus is on preventing and treating mental health complaints and disorders such as depression, anxiety, ADHD, autism, personality disorders and addiction problems.', null, false, timestamp '2026-12-03 00:00:00'),
('804870d7-af91-5949-9dc6-9272dab7d713', 'ROLE', 'adult_mental_health_worker', null, 'health', 48, 'Agogisch medewerker volwassenen-GGZ', 'Adult mental health care (GGZ) social worker', 'Richt zich op de geestelijke gezondheidszorg voor volwassenen (vanaf 18 jaar). De focus ligt op het voorkomen en behandelen van psychische klachten en aandoeningen zoals depressie, angst, ADHD, autisme, persoonlijkheidsstoornissen en verslavingsproblematiek.', 'Focuses on mental health care for adults (from 18). The focus is on preventing and treating mental health complaints and disorders such as depression, anxiety, ADHD, autism, personality disorders and addiction problems.', null, false, timestamp '2026-12-03 00:00:00'),
('4cc86f98-0430-5836-8a85-f662ad8e06d1', 'ROLE', 'healthcare_psychologist', null, 'health', 49, 'GZ-psycholoog', 'Healthcare psychologist', 'Gezondheidszorgpsycholoog die jongeren met psychische problemen, psychische stoornissen, emotionele problemen en problemen in hun leefomgeving kan diagnosticeren, behandelen, begeleiden en adviseren.', 'Healthcare psychologist who can diagnose, treat, guide and advise young people with psychological problems, mental disorders, emotional problems and problems in their living environment.', 'gezondheidszorgpsycholoog', false, timestamp '2026-12-03 00:00:00'),
('a9624ce2-f311-5d2d-b71a-28035f925107', 'ROLE', 'ggd_nurse', null, 'health', 50, 'Verpleegkundige GGD', 'GGD (public health service) nurse', 'Ziet binnen de preventieve STORM-aanpak studenten van wie uit de screening blijkt dat zij ernstig depressief of mogelijk suïcidaal zijn binnen 48 uur, en brengt hen zo nodig in contact met een hulpverlener (praktijkvoorbeeld STORM).', 'Within the preventive STORM approach, sees students whose screening shows they are severely depressed or possibly suicidal within 48 hours, and puts them in touch with a care worker if needed (STORM practice example).', null, false, timestamp '2026-12-03 00:00:00');
