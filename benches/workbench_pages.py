"""The workbench's pages served by two builds of vsopro side by side (say,
before and after a change): a region's page, the index and the style
sheet (the HTTP floor) on a copy of the shipped regions (35), asked in
turn, 31 times each; medians, p90 and the ratio of the two builds.

    python3 benches/workbench_pages.py OLD_BINARY NEW_BINARY regions/
"""
import socket, subprocess, sys, time, shutil, tempfile, statistics, os

def start(binary, root):
    p = subprocess.Popen([binary, "--today", "2026-11-22", "--root", root, "serve", "--port", "0", "--no-git"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = p.stdout.readline().strip()
    url = line.rsplit(" ", 1)[1]
    host, token = url[len("http://"):].split("/?token=")
    return p, host, token

def get(host, token, path):
    h, port = host.split(":")
    s = socket.create_connection((h, int(port)))
    t = time.perf_counter()
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nCookie: vsopro-token={token}\r\nConnection: close\r\n\r\n".encode())
    data = b""
    while True:
        chunk = s.recv(65536)
        if not chunk: break
        data += chunk
    e = time.perf_counter() - t
    s.close()
    assert data.startswith(b"HTTP/1.1 200"), data[:200]
    return e

old, new, regions = sys.argv[1], sys.argv[2], sys.argv[3]
d = tempfile.mkdtemp()
shutil.copytree(regions, os.path.join(d, "regions"))
servers = {name: start(b, d) for name, b in [("old", old), ("new", new)]}
N = 31
results = {(n, p): [] for n in servers for p in ["/regio/gooi-en-vechtstreek.html", "/index.html", "/style.css"]}
for i in range(N):
    for (n, p) in results:
        _, host, token = servers[n]
        results[(n, p)].append(get(host, token, p))
for (n, p), v in sorted(results.items(), key=lambda x: (x[0][1], x[0][0])):
    v.sort()
    print(f"{p:35} {n}: median {statistics.median(v)*1000:7.2f} ms  p90 {v[int(len(v)*0.9)]*1000:7.2f} ms")
for p in ["/regio/gooi-en-vechtstreek.html", "/index.html"]:
    o = statistics.median(results[("old", p)]); nw = statistics.median(results[("new", p)])
    print(f"{p}: new/old = {nw/o:.3f}")
for s, _, _ in servers.values():
    s.kill()
shutil.rmtree(d)
