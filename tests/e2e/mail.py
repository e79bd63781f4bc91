"""The hub's e-mail through a real SMTP server (aiosmtpd, started here).

An invitation made on the command line arrives (plain text and HTML, in
Dutch, from the configured sender) and its link works once. With the mail
server down, a new link asked for on the beheerder's page is shown as
waiting with the server's error, is tried again, and arrives once the
server is back: never lost silently. An address the server refuses for
good is shown as not sent after one attempt, and every other message of
the same round is still delivered.

Usage: python mail.py VSOPRO EXAMPLES OUT
"""

import email
import email.policy
import http.cookiejar
import mailbox
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

vsopro, examples, out = sys.argv[1], sys.argv[2], sys.argv[3]
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)
data, state, maildir = (os.path.join(out, d) for d in ("data", "state", "maildir"))
shutil.copytree(examples, data)
env = dict(
    os.environ,
    GIT_AUTHOR_NAME="CI",
    GIT_AUTHOR_EMAIL="ci@example.org",
    GIT_COMMITTER_NAME="vsopro hub",
    GIT_COMMITTER_EMAIL="hub@example.org",
)
for args in (["init", "-q"], ["add", "-A"], ["-c", "commit.gpgsign=false", "commit", "-qm", "Gegevens"]):
    subprocess.run(["git", "-C", data, *args], check=True, env=env)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


smtp_port, hub_port = free_port(), free_port()
base = f"http://127.0.0.1:{hub_port}"
os.makedirs(state)
with open(os.path.join(state, "hub.toml"), "w") as f:
    f.write(
        f'[smtp]\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\n'
        'from = "Netwerk vso/pro <noreply@example.org>"\nretry_seconds = 1\n'
    )


def smtp_server():
    p = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{smtp_port}",
         "-c", "smtp_refusing.RefusingMailbox", maildir],
        env=dict(os.environ, PYTHONPATH=os.path.dirname(os.path.abspath(__file__))),
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", smtp_port), timeout=0.2).close()
            return p
        except OSError:
            time.sleep(0.1)
    sys.exit("aiosmtpd did not start")


def messages():
    if not os.path.isdir(maildir):
        return []
    box = mailbox.Maildir(maildir, factory=None, create=False)
    return [email.message_from_bytes(m.as_bytes(), policy=email.policy.default) for m in box]


def wait_for(count, what):
    for _ in range(150):
        found = messages()
        if len(found) >= count:
            return found
        time.sleep(0.1)
    sys.exit(f"no {what} arrived")


def cli(*args):
    r = subprocess.run(
        [vsopro, "--lang", "nl", "hub", "user", *args, "--state", state, "--public-url", base],
        capture_output=True, text=True, env=env,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def link_in(text):
    return re.search(r"(http://127\.0\.0\.1:\d+/uitnodiging/[0-9a-f]{64})", text).group(1)


server = smtp_server()
hub = None
try:
    # An invitation on the command line: printed and mailed.
    said = cli("add", "anna@example.org", "--name", "Anna Jansen", "--role", "coordinator",
               "--region", "midden-holland")
    assert "ook per e-mail verstuurd aan anna@example.org" in said, said
    link = link_in(said)
    [mail] = wait_for(1, "invitation")
    assert mail["To"] == "Anna Jansen <anna@example.org>", mail["To"]
    assert mail["From"] == "Netwerk vso/pro <noreply@example.org>", mail["From"]
    assert mail["Subject"] == "Uw uitnodiging voor vsopro, het netwerk vso/pro", mail["Subject"]
    assert mail.get_content_type() == "multipart/alternative"
    plain = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    assert "Beste Anna Jansen," in plain and link in plain, plain
    assert f'<a href="{link}">' in html, html
    assert "wachtwoord" in plain

    said = cli("add", "bureau@example.org", "--name", "Bureau", "--role", "beheerder")
    boss_link = link_in(said)
    wait_for(2, "second invitation")

    hub = subprocess.Popen(
        [vsopro, "--lang", "nl", "--root", data, "hub", "--port", str(hub_port),
         "--state", state, "--public-url", base],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    while "luistert op" not in hub.stdout.readline():
        pass

    def browser():
        jar = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *a, **k):
                return None

        return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

    def fetch(b, url, fields=None):
        body = urllib.parse.urlencode(fields).encode() if fields is not None else None
        req = urllib.request.Request(url if url.startswith("http") else base + url, data=body)
        if body is not None:
            req.add_header("Origin", base)
        try:
            with b.open(req) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def hidden(page, name):
        return re.search(rf'name="{name}" value="([^"]*)"', page).group(1)

    def accept(b, url):
        status, page = fetch(b, url)
        assert status == 200, (status, page)
        pw = "paard batterij nietje"
        status, page = fetch(b, url, {"pre": hidden(page, "pre"), "password": pw, "password2": pw})
        assert status == 303, (status, page)

    # The mailed link works once.
    anna = browser()
    accept(anna, link)
    assert fetch(browser(), link)[0] == 404, "the link works once"

    # The mail server goes down; the beheerder asks for a new link for Anna.
    server.terminate()
    server.wait()
    boss = browser()
    accept(boss, boss_link)
    status, page = fetch(boss, "/beheer")
    status, page = fetch(boss, "/beheer", {"csrf": hidden(page, "csrf"), "action": "reset",
                                           "email": "anna@example.org"})
    # Anna has a password: the beheerder is asked first.
    assert status == 200 and 'id="confirm"' in page and "heeft al een wachtwoord" in page, page
    status, page = fetch(boss, "/beheer", {"csrf": hidden(page, "csrf"), "action": "reset",
                                           "email": "anna@example.org", "confirm": "ja"})
    assert status == 200, (status, page)
    assert "wordt ook per e-mail verstuurd aan anna@example.org" in page, page
    new_link = link_in(page.replace("&#x2f;", "/"))
    # Shown as waiting, with the server's error, while it is tried again.
    for _ in range(100):
        page = fetch(boss, "/beheer")[1]
        if "wacht (" in page:
            break
        time.sleep(0.1)
    else:
        sys.exit("the failed send is not shown")
    mails = page[page.index('id="mail"'):page.index('id="audit"')]
    assert "nieuwe link" in mails and "anna@example.org" in mails, mails
    assert re.search(r"wacht \([1-5] poging(en)?\)</td><td>[^<]+</td>", mails), mails
    # The server is back: the retry delivers it.
    server = smtp_server()
    reset = wait_for(3, "new link after the retry")
    assert any(m["Subject"] == "Een nieuwe link voor uw wachtwoord in vsopro" for m in reset)
    for _ in range(100):
        mails = fetch(boss, "/beheer")[1]
        mails = mails[mails.index('id="mail"'):mails.index('id="audit"')]
        if "<td>nieuwe link</td><td>verstuurd</td>" in mails:
            break
        time.sleep(0.1)
    else:
        sys.exit(f"the retried send is not shown as sent: {mails}")
    plain = [m for m in reset if "nieuwe link" in m["Subject"]][0].get_body(("plain",)).get_content()
    assert new_link in plain
    anna = browser()
    accept(anna, new_link)

    # The directies' round: when the coordinator opens it, each director of
    # the region's institutions gets the link (never the plan), once; one
    # address the mail server refuses stops none of the others.
    for addr, name, school in (("dirk@example.org", "Dirk Directeur", "pro-goudse-hoeve"),
                                ("dolf@refused.example.org", "Dolf Directeur", "pro-goudse-hoeve"),
                                ("dora@example.org", "Dora Directeur", "vso-de-brug")):
        cli("add", addr, "--name", name, "--role", "directie", "--region", "midden-holland",
            "--institution", school)
    before = len(messages())
    status, page = fetch(anna, "/regio/midden-holland/ronde")
    assert status == 200, (status, page)
    status, page = fetch(anna, "/regio/midden-holland/ronde",
                         {"csrf": hidden(page, "csrf"), "action": "open", "deadline": "2099-01-15",
                          "message": "Graag voor de vergadering."})
    assert status == 303, (status, page)
    found = wait_for(before + 2, "round e-mails")
    rounds = [m for m in found if m["Subject"].startswith("Ter accordering:")]
    assert sorted(m["To"] for m in rounds) == ["Dirk Directeur <dirk@example.org>",
                                               "Dora Directeur <dora@example.org>"], rounds
    plain = rounds[0].get_body(("plain",)).get_content()
    assert f"{base}/regio/midden-holland/ronde" in plain and "Graag voor de vergadering." in plain, plain
    assert not any(p.get_content_type() == "application/pdf" for p in rounds[0].walk())
    # The coordinator sees who was mailed when; a second look sends nothing again.
    for _ in range(100):
        page = fetch(anna, "/regio/midden-holland/ronde")[1]
        if page.count(">verstuurd<") >= 2:
            break
        time.sleep(0.1)
    else:
        sys.exit(f"the round's e-mails are not shown as sent: {page}")
    assert "dirk@example.org" in page and "dora@example.org" in page
    # The refused address: given up at once, shown to the coordinator, and
    # to the beheerder with the server's answer.
    def row(page, addr):
        r = page[page.index(addr):]
        return r[:r.index("</tr>")]
    assert "niet verstuurd" in row(page, "dolf@refused.example.org"), page
    mails = fetch(boss, "/beheer")[1]
    mails = mails[mails.index('id="mail"'):mails.index('id="audit"')]
    refused = row(mails, "dolf@refused.example.org")
    assert "niet verstuurd na 1 poging:" in refused and "550" in refused, refused
    time.sleep(1)
    assert len([m for m in messages() if m["Subject"].startswith("Ter accordering:")]) == 2
    # The worker lives on: the next message is delivered.
    before = len(messages())
    cli("add", "erik@example.org", "--name", "Erik", "--role", "lezer")
    wait_for(before + 1, "an invitation after the refusal")
    print("mail: invitation delivered, its link works once; a failed send shown, retried and delivered; "
          "a round's opening mailed to each director once, a refused address given up "
          "without stopping the others, all shown to the coordinator")
finally:
    if hub:
        hub.terminate()
    server.terminate()
