"""The hub under load: a copy of the shipped regions in a git repository,
64 simulated readers (each its own session; a region page, then the
national page) and 8 writers (six on six regions, two on the same one; an
action's status changed and committed) for a fixed time. Reports p50/p99
of the region page, the national page and an edit with its commit,
requests per second, and the hub's memory after one minute and at the end
(and its peak). The floor, in the same run and under the same load, is the
same stack (axum, the hub's session-less path) serving a static file: the
style sheet.

    python3 benches/hub_load.py target/release/vsopro regions/ [SECONDS]

Closed-loop (above), the clients send as fast as the hub answers, so the
p99 measures the queue they make, not the server. The open-loop mode
starts requests on a schedule instead — pages and edits at fixed rates,
each at its planned moment whatever came before — and counts a late start
against the server: a request's time runs from its planned start to its
answer. Each rate pair runs SECONDS; the last line names the highest pair
at which the region page's p99 stays within 50 ms and the edit's within
100 ms.

    python3 benches/hub_load.py target/release/vsopro regions/ 60 --open 40:4,150:10,300:20
"""
import os, random, re, shutil, socket, statistics, subprocess, sys, tempfile, threading, time
from urllib.parse import quote, urlencode

args = [a for a in sys.argv[1:]]
open_rates = None
if "--open" in args:
    i = args.index("--open")
    open_rates = [tuple(float(x) for x in pair.split(":")) for pair in args[i + 1].split(",")]
    del args[i:i + 2]
binary, regions = args[0], args[1]
seconds = int(args[2]) if len(args) > 2 else 300
work = tempfile.mkdtemp()
data, state = os.path.join(work, "data"), os.path.join(work, "state")
shutil.copytree(regions, os.path.join(data, "regions"))
env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.org",
           GIT_COMMITTER_NAME="vsopro hub", GIT_COMMITTER_EMAIL="hub@example.org",
           GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_NOSYSTEM="1")
# Six regions for the writers, each with three actions of its own (the
# shipped regions come from public data and have none).
ACTIONS = "".join(f'[[action]]\nid = "actie-{i}"\ntitle = "Actie {i}"\nthemes = ["stageplaatsen"]\nstatus = "planned"\n\n' for i in range(3))
all_regions = sorted(os.listdir(os.path.join(data, "regions")))
writer_regions = all_regions[:6]
for r in writer_regions:
    with open(os.path.join(data, "regions", r, "actions.toml"), "w") as f: f.write(ACTIONS)
writer_regions += [writer_regions[0]]
writer_regions += [writer_regions[0]]
git = lambda *a: subprocess.run(["git", "-C", data, *a], env=env, check=True, capture_output=True)
git("init", "-q"); git("add", "-A"); git("commit", "-qm", "regions")

def vsopro(*args):
    return subprocess.run([binary, "--lang", "nl", *args], env=env, check=True, capture_output=True, text=True).stdout


def invite(email, role, *regs):
    args = ["hub", "user", "add", email, "--name", email.split("@")[0], "--role", role]
    for r in regs: args += ["--region", r]
    out = vsopro(*args, "--state", state)
    return re.search(r"/uitnodiging/([0-9a-f]+)", out).group(1)

tokens = {"lezer@example.org": invite("lezer@example.org", "lezer")}
for i, r in enumerate(writer_regions):
    tokens[f"w{i}@example.org"] = invite(f"w{i}@example.org", "coordinator", r)

hub = subprocess.Popen([binary, "--lang", "nl", "--root", data, "hub", "--port", "0", "--state", state],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
host = re.search(r"http://(\S+)", hub.stdout.readline()).group(1)
ORIGIN = f"http://{host}"

class Client:
    def __init__(self): self.cookies = {}
    def send(self, method, path, fields=None):
        h, p = host.split(":")
        s = socket.create_connection((h, int(p)))
        body = urlencode(fields or {}).encode()
        head = f"{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n"
        if self.cookies: head += "Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()) + "\r\n"
        if method == "POST":
            head += f"Origin: {ORIGIN}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n"
        t = time.perf_counter()
        s.sendall(head.encode() + b"\r\n" + body)
        chunks = []
        while True:
            c = s.recv(262144)
            if not c: break
            chunks.append(c)
        elapsed = time.perf_counter() - t
        s.close()
        raw = b"".join(chunks).decode("utf-8", "replace")
        headers, _, text = raw.partition("\r\n\r\n")
        for line in headers.split("\r\n"):
            if line.lower().startswith("set-cookie:"):
                k, _, v = line.split(":", 1)[1].strip().split(";")[0].partition("=")
                self.cookies[k] = v
        return int(headers.split(" ")[1]), text, elapsed

    def hidden(self, page, name):
        return re.search(rf'name="{name}" value="([0-9a-f]*)"', page).group(1)

    def accept(self, token):
        _, page, _ = self.send("GET", f"/uitnodiging/{token}")
        pw = "paard batterij nietje"
        status, _, _ = self.send("POST", f"/uitnodiging/{token}", {"pre": self.hidden(page, "pre"), "password": pw, "password2": pw})
        assert status == 303, status

    def sign_in(self, email):
        _, page, _ = self.send("GET", "/aanmelden")
        status, _, _ = self.send("POST", "/aanmelden", {"pre": self.hidden(page, "pre"), "email": email,
                                                         "password": "paard batterij nietje", "next": "/"})
        assert status == 303, status

first = Client(); first.accept(tokens["lezer@example.org"])
readers = []
for i in range(64 if open_rates is None else 32):
    c = Client(); c.sign_in("lezer@example.org"); readers.append(c)
writers = []
for i, r in enumerate(writer_regions):
    c = Client(); c.accept(tokens[f"w{i}@example.org"]); writers.append((c, r))

def rss(kind):
    for line in open(f"/proc/{hub.pid}/status"):
        if line.startswith(kind): return int(line.split()[1]) / 1024
    return 0.0

def pct(v, q): v = sorted(v); return v[min(len(v) - 1, int(len(v) * q))] * 1000 if v else float("nan")

if open_rates is not None:
    # A pool of senders far larger than the hub's cores: a request waits
    # for a sender only when the hub is that far behind, and then its wait
    # is the hub's. Readers and writers are sessions, each used by one
    # request at a time.
    import queue
    free_readers, free_writers = queue.Queue(), queue.Queue()
    for c in readers: free_readers.put(c)
    for c, r in writers: free_writers.put((c, r))
    results = []
    results_lock = threading.Lock()

    def page(planned, n):
        c = free_readers.get()
        try:
            path = "/index.html" if n % 2 else f"/regio/{all_regions[n % len(all_regions)]}.html"
            status, _, _ = c.send("GET", path)
            kind = "national" if n % 2 else "region"
            return kind, status == 200, status
        finally:
            free_readers.put(c)

    def edit(planned, n):
        c, region = free_writers.get()
        try:
            status, page, _ = c.send("GET", f"/regio/{region}.html")
            forms = re.findall(r'actie/([^/"]+)/status"><input type="hidden" name="csrf" value="([0-9a-f]+)"><input type="hidden" name="hash" value="([0-9a-f]+)"', page)
            if not forms: return "edit", False, status
            # Each action of the region in turn, each time to another
            # status than the time before: every edit is a change, and a
            # commit.
            action, csrf, digest = forms[n % len(forms)]
            new = ["planned", "active", "done"][(n // len(forms)) % 3]
            status, _, _ = c.send("POST", f"/regio/{region}/actie/{action}/status", {"csrf": csrf, "hash": digest, "status": new})
            return "edit", status == 303, status
        finally:
            free_writers.put((c, region))

    def run_level(pages_per_s, edits_per_s):
        jobs = queue.Queue()
        start = time.perf_counter() + 0.5
        schedule = [(start + i / pages_per_s, page, i) for i in range(int(pages_per_s * seconds))]
        schedule += [(start + i / edits_per_s, edit, i) for i in range(int(edits_per_s * seconds))]
        schedule.sort(key=lambda j: j[0])
        for job in schedule: jobs.put(job)
        level = {"region": [], "national": [], "edit": []}
        failed = {"stale": 0, "errors": 0}

        def sender():
            while True:
                try: planned, fn, n = jobs.get_nowait()
                except queue.Empty: return
                wait = planned - time.perf_counter()
                if wait > 0: time.sleep(wait)
                kind, ok, status = fn(planned, n)
                took = time.perf_counter() - planned
                with results_lock:
                    if ok: level[kind].append(took)
                    elif status == 409: failed["stale"] += 1
                    else: failed["errors"] += 1

        senders = [threading.Thread(target=sender) for _ in range(128)]
        for s in senders: s.start()
        for s in senders: s.join()
        return level, failed

    print(f"hub, open loop: {seconds} s per level, {os.cpu_count()} cores, {len(all_regions)} regions; "
          "pages alternate a region's and the national page; an edit is its region page and the form posted")
    print("| pages/s + edits/s | region p50 / p99 | national p50 / p99 | edit p50 / p99 | stale | errors |")
    print("|---|---|---|---|---|---|")
    best = None
    for pages_per_s, edits_per_s in open_rates:
        level, failed = run_level(pages_per_s, edits_per_s)
        r, n, e = level["region"], level["national"], level["edit"]
        print(f"| {pages_per_s:g} + {edits_per_s:g} | {pct(r, .5):.1f} / {pct(r, .99):.1f} ms "
              f"| {pct(n, .5):.1f} / {pct(n, .99):.1f} ms | {pct(e, .5):.1f} / {pct(e, .99):.1f} ms "
              f"| {failed['stale']} | {failed['errors']} |")
        if pct(r, .99) <= 50 and pct(e, .99) <= 100:
            best = (pages_per_s, edits_per_s)
    print(f"  highest load with region p99 <= 50 ms and edit p99 <= 100 ms: "
          + (f"{best[0]:g} pages/s + {best[1]:g} edits/s" if best else "none of those tried"))
    print(f"  memory: {rss('VmRSS'):.1f} MB at the end, peak {rss('VmHWM'):.1f} MB")
    commits = subprocess.run(["git", "-C", data, "rev-list", "--count", "HEAD"], capture_output=True, text=True).stdout.strip()
    print(f"  commits made: {int(commits) - 1}")
    hub.kill()
    shutil.rmtree(work)
    sys.exit(0)

samples = {"region": [], "national": [], "edit": [], "floor": []}
counts = {"requests": 0, "stale": 0, "errors": 0}
lock = threading.Lock()
stop = time.time() + seconds

def record(kind, status, elapsed, ok=(200,)):
    with lock:
        counts["requests"] += 1
        if status in ok: samples[kind].append(elapsed)
        elif status == 409: counts["stale"] += 1
        else: counts["errors"] += 1

def reader(c, n):
    rnd = random.Random(n)
    while time.time() < stop:
        status, _, e = c.send("GET", f"/regio/{rnd.choice(all_regions)}.html"); record("region", status, e)
        status, _, e = c.send("GET", "/index.html"); record("national", status, e)
        if n % 16 == 0:
            status, _, e = c.send("GET", "/style.css"); record("floor", status, e)

def writer(c, region, n):
    rnd = random.Random(1000 + n)
    while time.time() < stop:
        status, page, e = c.send("GET", f"/regio/{region}.html"); record("region", status, e)
        forms = re.findall(r'actie/([^/"]+)/status"><input type="hidden" name="csrf" value="([0-9a-f]+)"><input type="hidden" name="hash" value="([0-9a-f]+)"', page)
        if not forms: break
        action, csrf, digest = rnd.choice(forms)
        new = rnd.choice(["planned", "active", "done"])
        status, _, e = c.send("POST", f"/regio/{region}/actie/{action}/status", {"csrf": csrf, "hash": digest, "status": new})
        record("edit", status, e, ok=(303,))

threads = [threading.Thread(target=reader, args=(c, i)) for i, c in enumerate(readers)]
threads += [threading.Thread(target=writer, args=(c, r, i)) for i, (c, r) in enumerate(writers)]
began = time.time()
for t in threads: t.start()
time.sleep(min(60, seconds))
at_one_minute = rss("VmRSS")
for t in threads: t.join()
took = time.time() - began
at_end, peak = rss("VmRSS"), rss("VmHWM")
hub.kill()

print(f"hub under load: {seconds} s, 64 readers + 8 writers, {os.cpu_count()} cores, {len(all_regions)} regions")
for k in ["floor", "region", "national", "edit"]:
    v = samples[k]
    print(f"  {k:9} n={len(v):6}  p50 {pct(v, .5):8.1f} ms  p99 {pct(v, .99):8.1f} ms")
print(f"  region p99 / floor p99 = {pct(samples['region'], .99) / pct(samples['floor'], .99):.2f}")
print(f"  requests/s {counts['requests'] / took:.1f}; stale edits (409) {counts['stale']}; other errors {counts['errors']}")
print(f"  memory: {at_one_minute:.1f} MB after 1 min, {at_end:.1f} MB at the end ({(at_end / at_one_minute - 1) * 100:+.1f} %), peak {peak:.1f} MB")
commits = subprocess.run(["git", "-C", data, "rev-list", "--count", "HEAD"], capture_output=True, text=True).stdout.strip()
print(f"  commits made: {int(commits) - 1}")
shutil.rmtree(work)
