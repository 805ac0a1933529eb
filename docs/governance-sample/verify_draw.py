#!/usr/bin/env python3
"""Re-runs a FundGuard draw from its canonical inputs (bin/fundguard draw --snapshot-out FILE) and seed,
independently of the Java code, following docs/governance.md. Prints one line per drawn target with its
inspector ids, then the snapshot hash. Usage: verify_draw.py CANONICAL_INPUTS SEED"""
import hashlib, struct, sys, math
canon, seed = open(sys.argv[1], encoding='utf-8').read(), sys.argv[2]
snap = hashlib.sha256(canon.encode()).hexdigest()
def stream(purpose):
    pre = ("fundguard-draw v1\n%s\n%s\n%s\n" % (seed, snap, purpose)).encode(); k = 0
    while True:
        b = hashlib.sha256(pre + struct.pack('>Q', k)).digest(); k += 1
        for i in range(0, 32, 8): yield struct.unpack('>Q', b[i:i+8])[0] & (2**63 - 1)
def below(s, n):
    lim = (2**63 // n) * n
    while True:
        x = next(s)
        if x < lim: return x % n
def first_of_shuffle(a, k, s):
    a = list(a)
    for i in range(k):
        j = i + below(s, len(a) - i); a[i], a[j] = a[j], a[i]
    return a[:k]
import re
def unescape(f):
    return re.sub(r'\\(.)', lambda m: {'t': '\t', 'n': '\n', 'r': '\r'}.get(m.group(1), m.group(1)), f)
def relations(f):  # split on ';' not preceded by an escaping backslash, then unescape
    return {unescape(r) for r in re.split(r'(?<!\\);', f) if r} if f else set()
sec, rows = None, {}
for line in canon.split('\n')[1:]:
    if line.startswith('['): sec = line[1:-1]; rows[sec] = []
    elif line:  # a real TAB only ever separates fields: tabs inside values are escaped as backslash-t
        f = line.split('\t')
        rows[sec].append([unescape(x) for x in f[:4]] + [relations(f[4])] if sec == 'inspectors' else [unescape(x) for x in f])
ratio = {g: int(p) for g, p in rows['ratios']}; m = int(rows['inspectors_per_target'][0][0])
prev = {(t, i) for t, i in rows['previous']}
drawn = []
for g in 'ABCD':
    st = [t for t in rows['targets'] if t[6] == g]; n = len(st)
    k = 0 if n == 0 or ratio[g] == 0 else max(1, min(n, -(-n * ratio[g] // 1000)))
    drawn += first_of_shuffle(st, k, stream('select:' + g))
for t in sorted(drawn):
    code, unit = t[0], t[7]
    ok = [i for i in rows['inspectors'] if i[3] not in (unit, code)
          and not ({unit, code} & i[4])
          and (code, i[0]) not in prev]
    print(code, ' '.join(sorted(i[0] for i in first_of_shuffle(ok, m, stream('assign:' + code)))))
print('snapshot', snap)
