#!/usr/bin/env python3
"""Load of the referral benchmark (called by .ci/benchmark-referrals, not on its own).

Submits referrals (create + submit, as the demo user `school`) to one receiver, at a steady rate
or as fast as N threads can, and measures per referral the time from the submit call's start to
its delivery: for the webhook channel the moment the local receiver gets the POST, for the portal
inbox the first GET that shows DELIVERED (polled every 50 ms; the polls are part of the load).
Prints one JSON line per run."""
import base64, json, sys, threading, time, urllib.request, urllib.error
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from datetime import date, timedelta

BASE = sys.argv[1]
MODE = sys.argv[2]          # webhook | inbox
RECEIVER = int(sys.argv[3])
RATE = float(sys.argv[4])   # referrals per second; 0: as fast as THREADS allow
DURATION = float(sys.argv[5])
THREADS = int(sys.argv[6])
HOOK_PORT = int(sys.argv[7]) if len(sys.argv) > 7 else 0

AUTH = "Basic " + base64.b64encode(b"school:demo").decode()
arrived = {}
lock = threading.Lock()

class Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        key = self.headers.get("Idempotency-Key")
        with lock:
            arrived.setdefault(key, time.monotonic())
        self.send_response(202); self.end_headers()
    def log_message(self, *a):
        pass

def call(method, path, body=None):
    req = urllib.request.Request(BASE + path, method=method,
                                 data=None if body is None else body.encode(),
                                 headers={"Authorization": AUTH, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read() or b"{}")

BODY = json.dumps({
    "receiverOrganisationId": RECEIVER,
    "student": {"givenName": "Bench", "familyName": "Student",
                "birthDate": str(date.today() - timedelta(days=17 * 365 + 60)), "municipality": "GM0599"},
    "reason": {"domains": ["income_debt"]},
    "consent": {"givenBy": "STUDENT", "categories": ["IDENTITY"], "purpose": "Benchmark",
                "validUntil": str(date.today() + timedelta(days=90)), "obtained": "IN_PERSON"}})

started = {}   # id -> monotonic start of the submit call
delivered = {} # id -> monotonic delivery
errors = [0]

def one():
    try:
        rid = call("POST", "/api/v1/regions/29/referrals", BODY)["id"]
        t0 = time.monotonic()
        call("POST", f"/api/v1/regions/29/referrals/{rid}/submit", "")
        with lock:
            started[rid] = t0
        if MODE == "inbox":
            while time.monotonic() - t0 < 60:
                if call("GET", f"/api/v1/regions/29/referrals/{rid}")["state"] != "SUBMITTED":
                    with lock:
                        delivered[rid] = time.monotonic()
                    return
                time.sleep(0.05)
    except Exception as e:
        with lock:
            errors[0] += 1

def drafts():
    """MODE drafts: RATE drafts made by THREADS threads (not timed); prints their id range."""
    ids = []
    todo = [int(RATE)]
    def work():
        while True:
            with lock:
                if todo[0] <= 0:
                    return
                todo[0] -= 1
            rid = call("POST", "/api/v1/regions/29/referrals", BODY)["id"]
            with lock:
                ids.append(rid)
    ts = [threading.Thread(target=work) for _ in range(THREADS)]
    for t in ts: t.start()
    for t in ts: t.join()
    assert max(ids) - min(ids) + 1 == len(ids), "the drafts' ids are not one range"
    print(json.dumps({"first": min(ids), "last": max(ids), "count": len(ids)}))

def main():
    if MODE == "drafts":
        drafts()
        return
    if MODE == "webhook":
        server = ThreadingHTTPServer(("127.0.0.1", HOOK_PORT), Hook)
        threading.Thread(target=server.serve_forever, daemon=True).start()
    t_start = time.monotonic()
    workers = []
    if RATE > 0:
        n = int(RATE * DURATION)
        for i in range(n):
            at = t_start + i / RATE
            d = at - time.monotonic()
            if d > 0:
                time.sleep(d)
            t = threading.Thread(target=one); t.start(); workers.append(t)
    else:
        stop = t_start + DURATION
        def loop():
            while time.monotonic() < stop:
                one()
        workers = [threading.Thread(target=loop) for _ in range(THREADS)]
        for t in workers: t.start()
    for t in workers: t.join()
    submitted_end = time.monotonic()
    if MODE == "webhook":
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with lock:
                if all(f"{rid}-1" in arrived for rid in started):
                    break
            time.sleep(0.05)
        for rid in started:
            if f"{rid}-1" in arrived:
                delivered[rid] = arrived[f"{rid}-1"]
    lat = sorted((delivered[r] - started[r]) * 1000 for r in started if r in delivered)
    last = max(delivered.values()) if delivered else submitted_end
    def pct(p):
        return round(lat[min(len(lat) - 1, int(len(lat) * p / 100))], 1) if lat else None
    print(json.dumps({"mode": MODE, "rate": RATE, "threads": THREADS, "submitted": len(started),
                      "delivered": len(delivered), "errors": errors[0],
                      "seconds": round(last - t_start, 2),
                      "delivered_per_s": round(len(delivered) / (last - t_start), 1),
                      "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99)}))

main()
