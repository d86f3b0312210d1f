package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.regioportal.system.SystemJob;
import nl.regioportal.system.SystemJobs;
import nl.regioportal.system.SystemScope;
import nl.regioportal.tenant.RegionCode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The system-scope path inside Payara Micro against MariaDB/MySQL (ADR 0010): jobs of two regions,
 * claimed by concurrent dispatchers (and the running scheduler), are each handled exactly once, in
 * their own region, as the system caller; a job whose dispatcher died is taken over; a failure is
 * retried later; a job enqueued in a rolled-back transaction never existed.
 */
@ExtendWith({KeycloakServer.class, ArquillianExtension.class})
class SystemScopeIT {

  private static final RegionCode RIJNMOND = new RegionCode("29");
  private static final RegionCode BRABANT = new RegionCode("36");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal()
        .addClasses(
            SystemScopeIT.class, ProbeJobs.class, ProbeJobs.Seen.class, KeycloakServer.class);
  }

  @Inject SystemJobs jobs;
  @Inject SystemScope scope;
  @Resource UserTransaction transaction;
  @Resource ManagedExecutorService executor;

  @Test
  void concurrentDispatchersHandleEveryJobExactlyOnceInItsRegionAsTheSystem() throws Exception {
    Map<Long, String> enqueued = new HashMap<>();
    transaction.begin();
    for (int i = 0; i < 30; i++) {
      RegionCode region = i % 2 == 0 ? RIJNMOND : BRABANT;
      enqueued.put(jobs.enqueue(ProbeJobs.KIND, region, "{\"n\":" + i + "}"), region.value());
    }
    transaction.commit();

    List<Future<?>> dispatchers = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      dispatchers.add(
          executor.submit(
              () -> {
                while (!allDone(enqueued.keySet())) {
                  scope.dispatch(ProbeJobs.KIND, 4);
                }
                return null;
              }));
    }
    for (Future<?> f : dispatchers) {
      f.get();
    }

    Map<Long, List<ProbeJobs.Seen>> seen =
        ProbeJobs.SEEN.stream()
            .filter(s -> enqueued.containsKey(s.job()))
            .collect(Collectors.groupingBy(ProbeJobs.Seen::job));
    assertEquals(enqueued.keySet(), seen.keySet(), "every job was handled");
    for (var e : seen.entrySet()) {
      assertEquals(1, e.getValue().size(), "job " + e.getKey() + " handled exactly once");
      ProbeJobs.Seen s = e.getValue().get(0);
      assertEquals(enqueued.get(e.getKey()), s.region(), "job " + e.getKey() + " in its region");
      assertTrue(s.system(), "job " + e.getKey() + " handled as the system, not " + s.caller());
    }
  }

  @Test
  void aJobWhoseDispatcherDiedIsTakenOverWhenItsLeaseRunsOut() throws Exception {
    // a dispatcher claims a job and dies before it confirms it: its lease (here none) runs out.
    // (The running scheduler may claim a fresh job first; then try with another.)
    long id = -1;
    for (int attempt = 0; attempt < 5 && id < 0; attempt++) {
      transaction.begin();
      long candidate = jobs.enqueue(ProbeJobs.KIND, RIJNMOND, "{}");
      transaction.commit();
      if (jobs.claim(ProbeJobs.KIND, 50, Duration.ZERO).stream()
          .anyMatch(j -> j.id() == candidate)) {
        id = candidate;
      }
    }
    assertTrue(id > 0, "a job was claimed by the dispatcher that dies");
    long claimed = id;

    assertTrue(
        dispatchUntil(() -> jobs.find(claimed).status() == SystemJob.Status.DONE),
        "the job is taken over");
    assertEquals(
        2, jobs.find(claimed).attempts(), "claimed by the dead dispatcher, then once more");
    assertEquals(
        1, ProbeJobs.SEEN.stream().filter(s -> s.job() == claimed).count(), "handled once");
  }

  @Test
  void aFailedAttemptIsKeptForALaterRetryWithItsReason() throws Exception {
    transaction.begin();
    long id = jobs.enqueue(ProbeJobs.KIND, BRABANT, "fail");
    transaction.commit();

    assertTrue(
        dispatchUntil(
            () ->
                jobs.find(id).attempts() >= 1
                    && jobs.find(id).status() == SystemJob.Status.PENDING),
        "the job was tried");
    SystemJob job = jobs.find(id);
    assertEquals(1, job.attempts(), "not tried again before its back-off");
    assertTrue(job.lastError().orElse("").contains("told to fail"), job.lastError().toString());
    scope.dispatch(ProbeJobs.KIND, 50);
    assertEquals(1, jobs.find(id).attempts(), "still waiting for its back-off");
  }

  @Test
  void aJobEnqueuedInARolledBackTransactionNeverExisted() throws Exception {
    transaction.begin();
    long id = jobs.enqueue(ProbeJobs.KIND, RIJNMOND, "{}");
    transaction.rollback();
    assertThrows(Exception.class, () -> jobs.find(id));
    assertThrows(
        Exception.class,
        () -> jobs.enqueue(ProbeJobs.KIND, RIJNMOND, "{}"),
        "a job is only written inside the transaction of its cause");
    assertFalse(
        ProbeJobs.SEEN.stream().anyMatch(s -> s.job() == id), "a job that never was is never run");
  }

  /**
   * Dispatches (as the scheduler would) until the condition holds, at most a thousand rounds; no
   * waiting between rounds (the container has no Awaitility, and nothing here needs a clock to move
   * more than a moment).
   */
  private boolean dispatchUntil(java.util.function.BooleanSupplier done) {
    for (int round = 0; round < 1000; round++) {
      if (done.getAsBoolean()) {
        return true;
      }
      scope.dispatch(ProbeJobs.KIND, 50);
    }
    return done.getAsBoolean();
  }

  private boolean allDone(java.util.Set<Long> ids) {
    return ids.stream().allMatch(id -> jobs.find(id).status() == SystemJob.Status.DONE);
  }
}
