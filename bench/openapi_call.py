#!/usr/bin/env python3
"""Signs and sends one open-API call (POST /open/v1/{checkItem}) — a smoke-test helper and a client example.

Usage: openapi_call.py BASE CHECK_ITEM '{"name":..,"idCard":..}' [--app-id nuoer_demo_app01]
       [--secret 2a8d269183cf5793b0207acd8f916d80] [--nonce N] [--timestamp MS]
Signature: hex(HMAC-SHA256(appSecret, "POST\\n" + path + "\\n" + timestamp + "\\n" + nonce + "\\n" + body)).
"""
import argparse, hashlib, hmac, json, sys, time, urllib.request, urllib.error, uuid

p = argparse.ArgumentParser()
p.add_argument("base"); p.add_argument("item"); p.add_argument("body")
p.add_argument("--app-id", default="nuoer_demo_app01")
p.add_argument("--secret", default="2a8d269183cf5793b0207acd8f916d80")
p.add_argument("--nonce"); p.add_argument("--timestamp"); p.add_argument("--signature")
a = p.parse_args()
path = "/open/v1/" + a.item
ts = a.timestamp or str(int(time.time() * 1000))
nonce = a.nonce or uuid.uuid4().hex
body = a.body
sig = a.signature or hmac.new(a.secret.encode(), f"POST\n{path}\n{ts}\n{nonce}\n{body}".encode(), hashlib.sha256).hexdigest()
req = urllib.request.Request(a.base + path, data=body.encode(), method="POST", headers={
    "Content-Type": "application/json", "X-App-Id": a.app_id, "X-Timestamp": ts, "X-Nonce": nonce, "X-Signature": sig})
try:
    with urllib.request.urlopen(req, timeout=10) as r:
        print(r.status, r.read().decode())
except urllib.error.HTTPError as e:
    print(e.code, e.read().decode())
