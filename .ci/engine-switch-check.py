"""Reads the engine's state over REST (admin) and Tidtam's inbox (head of office); on Operaton compares it with what
Camunda left and completes one of the head of office's tasks. Used by .ci/engine-switch-rehearsal."""
import base64, json, sys, urllib.request, urllib.error

port, phase, out = sys.argv[1], sys.argv[2], sys.argv[3]
base = f"http://localhost:{port}"


def call(path, user, method="GET", body=None):
    req = urllib.request.Request(base + path, method=method,
                                 data=None if body is None else json.dumps(body).encode())
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:demo".encode()).decode())
    req.add_header("Accept", "application/json")
    if body is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            text = r.read().decode()
            return r.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()[:300]


state = {"engine": call("/engine-rest/version", "admin")[1]}
for name, path in [("process instances", "/engine-rest/process-instance/count"),
                   ("tasks", "/engine-rest/task/count"),
                   ("jobs (timers)", "/engine-rest/job/count"),
                   ("process definitions", "/engine-rest/process-definition/count"),
                   ("historic process instances", "/engine-rest/history/process-instance/count"),
                   ("historic activity instances", "/engine-rest/history/activity-instance/count")]:
    state[name] = call(path, "admin")[1]["count"]
state["schema log"] = [(e["id"], e["version"]) for e in call("/engine-rest/schema/log", "admin")[1]]
status, tasks = call("/api/tasks?limit=200", "head")
state["head of office's tasks (Tidtam API)"] = sorted(t["taskId"] if "taskId" in t else t.get("id") for t in tasks)
for app in ("cockpit", "admin"):
    path = f"/{'operaton' if phase == 'operaton' else 'camunda'}/app/{app}/default/"
    state[f"webapp {path}"] = call(path, "admin")[0]

if phase == "operaton":
    before = json.load(open(f"{out}/camunda.json"))
    for key, value in before.items():
        if key in state and not key.startswith("webapp") and key != "engine":
            print(f"  {key}: camunda {value!s:.80} | operaton {state[key]!s:.80}"
                  f"{'' if value == state[key] else '   <-- differs'}")
    done = None
    for task_id in state["head of office's tasks (Tidtam API)"]:
        status, context = call(f"/api/tasks/{task_id}", "head")
        for outcome in (context.get("outcomes") or []) if isinstance(context, dict) else []:
            value = outcome.get("value", outcome.get("id")) if isinstance(outcome, dict) else outcome
            status, answer = call(f"/api/tasks/{task_id}/complete", "head", "POST", {"outcome": value})
            if status == 204:
                done = (task_id, value)
                break
        if done:
            break
    state["completed on Operaton"] = done
    print(f"  completed on Operaton (head of office, Tidtam API): {done}")
    print(f"  engine-rest version: camunda {before['engine']} | operaton {state['engine']}")
json.dump(state, open(f"{out}/{phase}.json", "w"), indent=1, ensure_ascii=False)
print(f"{phase}: " + ", ".join(f"{k}={v}" for k, v in state.items() if not isinstance(v, list)))
