package nl.regioportal.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regioportal.tenant.TenantRunner;

/**
 * The one sanctioned way to do work that spans regions (ADR 0010): claim due jobs from {@link
 * SystemJobs}, run each inside {@code runAs(its region)} as the system caller, then confirm or fail
 * it. Nothing else reads across regions. A scheduler (the Camel route {@code system-jobs-dispatch})
 * calls {@link #dispatchAll} on every instance; SKIP LOCKED keeps them from taking the same job.
 */
@ApplicationScoped
public class SystemScope {

  private static final Logger LOG = Logger.getLogger(SystemScope.class.getName());

  /** How long a claim holds before another instance may take the job over. */
  public static final Duration LEASE = Duration.ofMinutes(5);

  @Inject SystemJobs jobs;
  @Inject TenantRunner runner;
  @Inject @Any Instance<SystemJobHandler> handlers;

  /** Claims and handles up to {@code max} due jobs of every kind that has a handler. */
  public int dispatchAll(int max) {
    int handled = 0;
    for (Map.Entry<String, SystemJobHandler> e : byKind().entrySet()) {
      handled += dispatch(e.getValue(), max);
    }
    return handled;
  }

  /** Claims and handles up to {@code max} due jobs of one kind; the number handled successfully. */
  public int dispatch(String kind, int max) {
    SystemJobHandler handler = byKind().get(kind);
    if (handler == null) {
      throw new IllegalArgumentException("No handler for system jobs of kind " + kind);
    }
    return dispatch(handler, max);
  }

  private int dispatch(SystemJobHandler handler, int max) {
    int done = 0;
    for (ClaimedJob job : jobs.claim(handler.kind(), max, handler.lease())) {
      try {
        if (job.region().isPresent()) {
          runner.runAs(job.region().get(), () -> handle(handler, job));
        } else {
          runner.runAsSystem(() -> handle(handler, job));
        }
        jobs.complete(job.id());
        done++;
      } catch (RuntimeException e) {
        Throwable cause = e instanceof Handling h ? h.getCause() : e;
        LOG.log(
            Level.WARNING,
            "System job " + job.id() + " (" + job.kind() + ") failed, attempt " + job.attempt(),
            cause);
        jobs.fail(job.id(), chain(cause), handler.firstRetry());
      }
    }
    return done;
  }

  private static Void handle(SystemJobHandler handler, ClaimedJob job) {
    try {
      handler.handle(job);
      return null;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new Handling(e);
    }
  }

  private Map<String, SystemJobHandler> byKind() {
    Map<String, SystemJobHandler> map = new HashMap<>();
    for (SystemJobHandler h : handlers) {
      SystemJobHandler before = map.put(h.kind(), h);
      if (before != null) {
        throw new IllegalStateException("Two handlers of system jobs of kind " + h.kind());
      }
    }
    return map;
  }

  /** A handler's checked exception, carried through {@code runAs}. */
  private static final class Handling extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Handling(Exception cause) {
      super(cause);
    }
  }

  /** An error and its causes in one line, so the job row says why (not only where) it failed. */
  public static String chain(Throwable error) {
    StringBuilder b = new StringBuilder(String.valueOf(error));
    java.util.Set<Throwable> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    seen.add(error);
    for (Throwable t = error == null ? null : error.getCause();
        t != null && seen.add(t);
        t = t.getCause()) {
      b.append(" / caused by ").append(t);
    }
    return b.toString();
  }
}
