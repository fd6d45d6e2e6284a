"""Small HTTP helpers for the reliability scripts (stdlib only): Basic auth, JSON, multipart deployment."""
import base64
import json
import urllib.error
import urllib.request
import uuid


class Antwoord:
    def __init__(self, status, body):
        self.status = status
        self.body = body

    def json(self):
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            return None


def verzoek(basis, methode, pad, gebruiker="beheer", body=None, timeout=30, inhoudstype="application/json"):
    """Returns an Antwoord; status 0 means no HTTP answer at all (connection refused, reset, timeout)."""
    data = None
    headers = {"Authorization": "Basic " + base64.b64encode((gebruiker + ":demo").encode()).decode()}
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers["Content-Type"] = inhoudstype
    req = urllib.request.Request(basis + pad, data=data, method=methode, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return Antwoord(r.status, r.read().decode("utf-8", "replace"))
    except urllib.error.HTTPError as e:
        return Antwoord(e.code, e.read().decode("utf-8", "replace"))
    except Exception:  # noqa: BLE001 - a dying server shows every kind of socket error
        return Antwoord(0, "")


def deploy(basis, bestand, naam):
    grens = uuid.uuid4().hex
    with open(bestand, "rb") as f:
        inhoud = f.read()
    delen = [
        b"--" + grens.encode(), b'Content-Disposition: form-data; name="deployment-name"', b"", naam.encode(),
        b"--" + grens.encode(), b'Content-Disposition: form-data; name="enable-duplicate-filtering"', b"", b"true",
        b"--" + grens.encode(),
        ('Content-Disposition: form-data; name="data"; filename="%s"' % bestand.split("/")[-1]).encode(),
        b"Content-Type: application/octet-stream", b"", inhoud,
        b"--" + grens.encode() + b"--", b""]
    return verzoek(basis, "POST", "/engine-rest/deployment/create", body=b"\r\n".join(delen),
                   inhoudstype="multipart/form-data; boundary=" + grens)
