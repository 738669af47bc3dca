import json, sys, numpy as np
truthdir, out = sys.argv[1], sys.argv[2]
pid={}; P=[];TS=[];X=[];Y=[]; last={}
for l in open(truthdir+'/truth.jsonl'):
    j=json.loads(l)
    if j['device'] is None: continue
    p=j['person']
    if last.get(p)==j['ts']: continue
    last[p]=j['ts']
    P.append(pid.setdefault(p,len(pid)));TS.append(j['ts']);X.append(j['x']);Y.append(j['y'])
np.savez(out,P=np.array(P),TS=np.array(TS,dtype=np.int64),X=np.array(X),Y=np.array(Y),names=np.array(sorted(pid,key=pid.get)))
