#!/usr/bin/env python3
"""Times full directive lifecycles against a running Tidtam (demo data, password 'demo') over its REST API.

One lifecycle: the governor issues -> the head of office screens -> the health office acknowledges and delegates to
its disease control section -> the section reports progress -> the health office accepts it -> the section hands in
its result -> the health office submits the unit's final report -> the head of office proposes closure -> the
governor closes. Every step is a separate HTTP request as a different user, exactly as the screens do it.

    python3 workflow-app/scripts/lifecycle-timing.py [base-url] [runs]
"""
import base64, json, sys, time, urllib.request, urllib.error

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 5


def call(method, path, user, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:demo".encode()).decode())
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raise SystemExit(f"{method} {path} as {user}: {e.code} {e.read().decode()}")


def task(user, directive, kind):
    for t in call("GET", "/api/tasks?limit=500", user)[1]:
        if t["directiveId"] == directive and t["taskDefinitionKey"] == kind:
            return t["taskId"]
    raise SystemExit(f"{user} has no {kind} on {directive}")


def complete(user, directive, kind, body):
    call("POST", f"/api/tasks/{task(user, directive, kind)}/complete", user, body)


health = next(u["id"] for u in call("GET", "/api/units", "governor")[1] if u.get("nameEn") == "Provincial Public Health Office")
durations = []
for run in range(RUNS):
    start = time.perf_counter()
    status, issued = call("POST", "/api/directives", "governor", {
        "subject": f"วัดเวลา lifecycle {time.time_ns()}", "text": "ควบคุมโรคไข้เลือดออก", "urgency": "URGENT",
        "leadUnitId": health, "supportingUnitIds": [], "dueInWorkingDays": 10, "cadence": "WEEKLY"})
    d = issued["id"]
    complete("head", d, "screenDirective", {"outcome": "CONFIRM"})
    ack = task("agency.health", d, "acknowledgePart")
    cdc = next(c["id"] for c in call("GET", f"/api/tasks/{ack}/delegates", "agency.health")[1]
               if c["code"] == "AG-HEALTH-CDC-HEAD")
    call("POST", f"/api/tasks/{ack}/complete", "agency.health", {"delegateTo": cdc})
    work = task("health.cdc", d, "reportOnPart")
    call("POST", f"/api/tasks/{work}/progress", "health.cdc", {"progress": "ON_TRACK", "percent": 50, "note": "ครึ่งทาง"})
    complete("agency.health", d, "reviewProgressReport", {"outcome": "ACCEPT"})
    call("POST", f"/api/tasks/{work}/complete", "health.cdc", {"note": "เสร็จแล้ว"})
    complete("agency.health", d, "submitUnitReport", {"outcome": "SUBMIT", "note": "รายงานผล"})
    complete("head", d, "checkEvidence", {"note": "หลักฐานครบ"})
    complete("governor", d, "decideClosure", {"outcome": "CLOSE"})
    elapsed = (time.perf_counter() - start) * 1000
    durations.append(elapsed)
    print(f"lifecycle {run + 1}: directive {issued['number']} closed in {elapsed:.0f} ms")
durations.sort()
print(f"median {durations[len(durations) // 2]:.0f} ms, min {durations[0]:.0f} ms, max {durations[-1]:.0f} ms over {RUNS} runs")
