import json, sys, numpy as np
f=sys.argv[1]; out=sys.argv[2]
dev={};D=[];TS=[];X=[];Y=[];U=[];Z=[];zid={}
for l in open(f):
    j=json.loads(l)
    D.append(dev.setdefault(j['device'],len(dev)));TS.append(j['ts']);X.append(j['x']);Y.append(j['y']);U.append(j.get('uncertainty') or 0)
    Z.append(zid.setdefault(j.get('zone'),len(zid)))
np.savez(out,D=np.array(D),TS=np.array(TS,dtype=np.int64),X=np.array(X),Y=np.array(Y),U=np.array(U),Z=np.array(Z),devs=np.array(sorted(dev,key=dev.get)),zones=np.array([str(z) for z in sorted(zid,key=zid.get)]))
