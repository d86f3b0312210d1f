-- Reminders and escalation of referrals (issue 10, point 6): how many of the reminders (24 h, 48 h,
-- one week without an answer) the receiver was sent, and when an urgent referral was escalated at
-- its deadline. Recorded in the transaction that queues the mail, so a reminder is sent once.
alter table referral add column reminders_sent int not null default 0;
alter table referral add column escalated_at datetime(6);
