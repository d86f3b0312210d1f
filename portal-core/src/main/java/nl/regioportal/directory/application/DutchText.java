package nl.regioportal.directory.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How the directory reads Dutch text, the same for what is indexed and what is searched: words
 * (Unicode word boundaries), lower case, accents folded ({@code coördinator} = {@code
 * coordinator}), Dutch stop words dropped (also when typed with accents: {@code géén}), and
 * Snowball's Dutch stemmer ({@code schulden} and {@code schuld} both become {@code schuld}).
 */
public final class DutchText extends Analyzer {

  /** At most this many words of a query are used; the rest is ignored. */
  public static final int MAX_QUERY_WORDS = 32;

  private static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    source.setMaxTokenLength(60);
    TokenStream s = new LowerCaseFilter(source);
    s = new ASCIIFoldingFilter(s);
    s = new StopFilter(s, STOP_WORDS);
    s = new SnowballFilter(s, new DutchStemmer());
    return new TokenStreamComponents(source, s);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** The words of a text as they are indexed and searched (at most {@code max}, in order). */
  public List<String> words(String text, int max) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    try (TokenStream ts = tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < max) {
        String w = term.toString();
        if (!out.contains(w)) {
          out.add(w);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** All words of a text. */
  public List<String> words(String text) {
    return words(text, Integer.MAX_VALUE);
  }
}
