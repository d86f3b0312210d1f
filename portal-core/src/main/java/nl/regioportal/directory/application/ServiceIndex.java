package nl.regioportal.directory.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.regioportal.directory.domain.AgeGroup;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The directory's search index: Apache Lucene in memory, one index for every region of this
 * instance (each document carries its region, and every search filters on it). Plain Java, so it is
 * tested on its own; {@link DirectorySearch} keeps it filled and current (ADR 0017).
 *
 * <p>Text is read by {@link DutchText}. A word matches in the name (weighted most), the names and
 * aliases of the service's domains, issues and roles, its description and eligibility; a word of
 * four letters or more also matches as the start of a longer word ({@code schuld} finds {@code
 * schuldhulpverlening}), weighted less. With several words, most must match.
 */
public final class ServiceIndex implements AutoCloseable {

  /** The filters that have facet counts, in the order answers list them. */
  public static final List<String> DIMENSIONS =
      List.of(
          "domain", "issue", "role", "municipality", "language", "acceptsReferrals", "ageGroup");

  private static final Map<String, Float> TEXT_FIELDS =
      Map.of("name", 4f, "alternateName", 3f, "terms", 3f, "description", 1f, "eligibility", 1f);

  private final DutchText analyzer = new DutchText();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final FacetsConfig facets = new FacetsConfig();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile FacetState facetState;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  public ServiceIndex() {
    for (String d : DIMENSIONS) {
      facets.setMultiValued(d, true);
    }
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
      writer.commit();
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the service or replaces the earlier document of it; visible after {@link #refresh}. */
  public void put(IndexedService s) {
    try {
      writer.updateDocument(key(s.region(), s.id()), facets.build(document(s)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a service (gone inactive, or never indexed: then nothing happens). */
  public void remove(String region, long id) {
    try {
      writer.deleteDocuments(key(region, id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces everything of one region by these services. */
  public void replaceRegion(String region, Collection<IndexedService> services) {
    try {
      writer.deleteDocuments(new Term("region", region));
      for (IndexedService s : services) {
        writer.addDocument(facets.build(document(s)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes every change so far visible to searches. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many services of a region the index holds. */
  public int count(String region) {
    return withSearcher(s -> s.count(new TermQuery(new Term("region", region))));
  }

  /**
   * Searches one region. {@code termWords} gives, per term code, the words of its names and aliases
   * (to tell which of a hit's terms the text named).
   */
  public ServiceHits search(
      String region, ServiceQuery q, java.util.function.Function<String, Set<String>> termWords) {
    List<String> words = analyzer.words(q.text(), DutchText.MAX_QUERY_WORDS);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term("region", region)), Occur.FILTER);
    anyOf(b, "domain", q.domains());
    anyOf(b, "issue", q.issues());
    anyOf(b, "role", q.roles());
    if (q.municipality() != null) {
      b.add(new TermQuery(new Term("municipality", q.municipality())), Occur.FILTER);
    }
    if (q.language() != null) {
      b.add(new TermQuery(new Term("language", q.language())), Occur.FILTER);
    }
    if (q.acceptsReferrals() != null) {
      b.add(
          new TermQuery(new Term("acceptsReferrals", String.valueOf(q.acceptsReferrals()))),
          Occur.FILTER);
    }
    if (q.age() != null) {
      b.add(IntPoint.newRangeQuery("youngest", Integer.MIN_VALUE, q.age()), Occur.FILTER);
      b.add(IntPoint.newRangeQuery("oldest", q.age(), Integer.MAX_VALUE), Occur.FILTER);
    }
    b.add(textQuery(words), Occur.MUST);
    Query query = b.build();
    int size = Math.max(1, Math.min(q.size(), ServiceQuery.MAX_SIZE));
    int page = Math.max(1, q.page());
    int wanted = (int) Math.min((long) page * size, 10_000);
    return withSearcher(
        searcher -> {
          TopDocs top;
          FacetsCollector fc;
          if (words.isEmpty()) {
            var result =
                searcher.search(
                    query,
                    new MultiCollectorManager(
                        new TopFieldCollectorManager(
                            new Sort(new SortField("sortName", SortField.Type.STRING)),
                            wanted,
                            null,
                            Integer.MAX_VALUE,
                            true),
                        new FacetsCollectorManager()));
            top = (TopDocs) result[0];
            fc = (FacetsCollector) result[1];
          } else {
            var result =
                searcher.search(
                    query,
                    new MultiCollectorManager(
                        new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE, true),
                        new FacetsCollectorManager()));
            top = (TopDocs) result[0];
            fc = (FacetsCollector) result[1];
          }
          List<ServiceHits.Hit> items = new ArrayList<>();
          ScoreDoc[] docs = top.scoreDocs;
          var stored = searcher.storedFields();
          for (int i = (page - 1) * size; i < docs.length && i < page * size; i++) {
            Document d = stored.document(docs[i].doc);
            items.add(hit(d, docs[i].score, q, words, termWords));
          }
          return new ServiceHits(items, top.totalHits.value, page, size, counts(searcher, fc));
        });
  }

  /**
   * The ids of a region's services that match a free text the way {@link #search} matches it, at
   * most {@code limit} of them, best first (the open-data API's {@code search}).
   */
  public List<Long> matching(String region, String text, int limit) {
    List<String> words = analyzer.words(text, DutchText.MAX_QUERY_WORDS);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term("region", region)), Occur.FILTER);
    b.add(textQuery(words), Occur.MUST);
    Query query = b.build();
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(query, Math.max(1, limit));
          var stored = searcher.storedFields();
          List<Long> ids = new ArrayList<>();
          for (ScoreDoc sd : top.scoreDocs) {
            ids.add(Long.parseLong(stored.document(sd.doc).get("id")));
          }
          return ids;
        });
  }

  /** Every document for no words; otherwise most of the words (all of one or two). */
  private Query textQuery(List<String> words) {
    if (words.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder text = new BooleanQuery.Builder();
    for (String w : words) {
      text.add(wordQuery(w), Occur.SHOULD);
    }
    text.setMinimumNumberShouldMatch(words.size() <= 2 ? words.size() : (words.size() * 2 + 2) / 3);
    return text.build();
  }

  private Map<String, Map<String, Integer>> counts(IndexSearcher searcher, FacetsCollector fc)
      throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = state(searcher.getIndexReader());
    for (String d : DIMENSIONS) {
      out.put(d, new LinkedHashMap<>());
    }
    if (state == null) {
      return out;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
    for (String d : DIMENSIONS) {
      FacetResult r;
      try {
        r = counts.getTopChildren(1000, d);
      } catch (IllegalArgumentException e) {
        r = null; // no document has this dimension yet
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          out.get(d).put(lv.label, lv.value.intValue());
        }
      }
    }
    return out;
  }

  /** The facet state of a reader: built once per refresh, then reused. */
  private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    FacetState current = facetState;
    if (current != null && current.reader() == reader) {
      return current.state();
    }
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, facets);
    } catch (IllegalArgumentException e) {
      state = null; // an empty index has no facet field yet
    }
    facetState = new FacetState(reader, state);
    return state;
  }

  private ServiceHits.Hit hit(
      Document d,
      float score,
      ServiceQuery q,
      List<String> words,
      java.util.function.Function<String, Set<String>> termWords) {
    Set<String> domains = values(d, "domain");
    Set<String> issues = values(d, "issue");
    Set<String> roles = values(d, "role");
    Set<String> municipalities = values(d, "municipality");
    Set<String> languages = values(d, "language");
    int youngest = d.getField("youngestValue").numericValue().intValue();
    int oldest = d.getField("oldestValue").numericValue().intValue();
    boolean referrals = Boolean.parseBoolean(d.get("acceptsReferrals"));
    List<ServiceHits.Reason> reasons = new ArrayList<>();
    if (q.municipality() != null) {
      reasons.add(new ServiceHits.Reason(ServiceHits.Reason.Kind.MUNICIPALITY, q.municipality()));
    }
    if (q.age() != null) {
      reasons.add(
          new ServiceHits.Reason(
              ServiceHits.Reason.Kind.AGE,
              youngest + "-" + (oldest >= AgeGroup.ADULT.oldest() ? "" : oldest)));
    }
    Set<String> named = new LinkedHashSet<>();
    for (Set<String> group : List.of(issues, roles, domains)) {
      for (String code : group) {
        if (q.domains().contains(code) || q.issues().contains(code) || q.roles().contains(code)) {
          named.add(code);
        } else if (!words.isEmpty() && matches(words, termWords.apply(code))) {
          named.add(code);
        }
      }
    }
    for (String code : named) {
      reasons.add(new ServiceHits.Reason(ServiceHits.Reason.Kind.TERM, code));
    }
    if (!words.isEmpty()) {
      if (matches(words, new TreeSet<>(analyzer.words(d.get("nameStored"))))) {
        reasons.add(new ServiceHits.Reason(ServiceHits.Reason.Kind.NAME, null));
      } else if (named.isEmpty()) {
        reasons.add(new ServiceHits.Reason(ServiceHits.Reason.Kind.DESCRIPTION, null));
      }
    }
    if (q.language() != null) {
      reasons.add(new ServiceHits.Reason(ServiceHits.Reason.Kind.LANGUAGE, q.language()));
    }
    if (Boolean.TRUE.equals(q.acceptsReferrals())) {
      reasons.add(new ServiceHits.Reason(ServiceHits.Reason.Kind.ACCEPTS_REFERRALS, null));
    }
    String waiting = d.get("waitingWeeks");
    String verified = d.get("verifiedAt");
    java.time.LocalDateTime verifiedAt =
        verified == null ? null : java.time.LocalDateTime.parse(verified);
    return new ServiceHits.Hit(
        Long.parseLong(d.get("id")),
        d.get("publicId"),
        d.get("nameStored"),
        Long.parseLong(d.get("organisationId")),
        d.get("organisationName"),
        domains,
        issues,
        roles,
        AgeGroup.valueOf(d.get("ageGroup")),
        youngest,
        oldest,
        municipalities,
        languages,
        referrals,
        waiting == null ? null : Integer.valueOf(waiting),
        verifiedAt,
        nl.regioportal.directory.domain.ServiceEntry.stale(
            verifiedAt, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)),
        score,
        List.copyOf(reasons));
  }

  /** Whether a query word is one of the words, or (four letters or more) starts one. */
  private static boolean matches(List<String> words, Set<String> of) {
    if (of == null || of.isEmpty()) {
      return false;
    }
    for (String w : words) {
      for (String o : of) {
        if (o.equals(w) || (w.length() >= 4 && o.startsWith(w))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> values(Document d, String field) {
    Set<String> out = new TreeSet<>();
    for (String v : d.getValues(field + "Stored")) {
      out.add(v);
    }
    return out;
  }

  /**
   * The query of one word, kept for reuse: building a prefix query compiles an automaton, which
   * cost more than running it (queries are immutable, so one may serve every search).
   */
  private final com.github.benmanes.caffeine.cache.Cache<String, Query> wordQueries =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(10_000).build();

  private Query wordQuery(String w) {
    return wordQueries.get(w, ServiceIndex::newWordQuery);
  }

  private static Query newWordQuery(String w) {
    List<Query> alternatives = new ArrayList<>();
    for (var f : TEXT_FIELDS.entrySet()) {
      alternatives.add(new BoostQuery(new TermQuery(new Term(f.getKey(), w)), f.getValue()));
      if (w.length() >= 4) {
        alternatives.add(
            new BoostQuery(new PrefixQuery(new Term(f.getKey(), w)), f.getValue() * 0.3f));
      }
    }
    return new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  private static void anyOf(BooleanQuery.Builder b, String field, Set<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String c : codes) {
      any.add(new TermQuery(new Term(field, c)), Occur.SHOULD);
    }
    b.add(any.build(), Occur.FILTER);
  }

  private static Term key(String region, long id) {
    return new Term("key", region + ":" + id);
  }

  private static Document document(IndexedService s) {
    Document d = new Document();
    d.add(new StringField("key", s.region() + ":" + s.id(), Field.Store.NO));
    d.add(new StringField("region", s.region(), Field.Store.NO));
    d.add(new StoredField("id", String.valueOf(s.id())));
    d.add(new StoredField("publicId", s.publicId()));
    d.add(new StoredField("nameStored", s.name()));
    d.add(new StoredField("organisationId", String.valueOf(s.organisationId())));
    d.add(new StoredField("organisationName", s.organisationName()));
    d.add(new StoredField("ageGroup", s.ageGroup().name()));
    d.add(
        new SortedDocValuesField(
            "sortName", new BytesRef(s.name().toLowerCase(java.util.Locale.ROOT))));
    d.add(new TextField("name", s.name(), Field.Store.NO));
    if (s.alternateName() != null) {
      d.add(new TextField("alternateName", s.alternateName(), Field.Store.NO));
    }
    d.add(new TextField("description", s.description(), Field.Store.NO));
    if (s.eligibility() != null) {
      d.add(new TextField("eligibility", s.eligibility(), Field.Store.NO));
    }
    for (String t : s.termText()) {
      d.add(new TextField("terms", t, Field.Store.NO));
    }
    d.add(new IntPoint("youngest", s.youngest()));
    d.add(new IntPoint("oldest", s.oldest()));
    d.add(new StoredField("youngestValue", s.youngest()));
    d.add(new StoredField("oldestValue", s.oldest()));
    codes(d, "domain", s.domains());
    codes(d, "issue", s.issues());
    codes(d, "role", s.roles());
    codes(d, "municipality", s.municipalities());
    codes(d, "language", s.languages());
    String referrals = String.valueOf(s.acceptsReferrals());
    d.add(new StringField("acceptsReferrals", referrals, Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField("acceptsReferrals", referrals));
    d.add(new SortedSetDocValuesFacetField("ageGroup", s.ageGroup().name()));
    if (s.waitingWeeks() != null) {
      d.add(new StoredField("waitingWeeks", String.valueOf(s.waitingWeeks())));
    }
    if (s.verifiedAt() != null) {
      d.add(new StoredField("verifiedAt", s.verifiedAt().toString()));
    }
    return d;
  }

  private static void codes(Document d, String field, Set<String> values) {
    for (String v : values) {
      d.add(new StringField(field, v, Field.Store.NO));
      d.add(new StoredField(field + "Stored", v));
      d.add(new SortedSetDocValuesFacetField(field, v));
    }
  }

  private interface Work<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(Work<T> work) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return work.run(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
