# Parse truth + err.csv once into npz for fast analysis.
import json, sys, numpy as np
truthdir, resdir, out = sys.argv[1], sys.argv[2], sys.argv[3]
pid={}; P=[];TS=[];X=[];Y=[];ND=[]; seen={}
for l in open(truthdir+'/truth.jsonl'):
    j=json.loads(l)
    if j['device'] is None: continue
    p=j['person']; k=(p,j['ts'])
    if k in seen: ND[seen[k]]=2; continue
    i=pid.setdefault(p,len(pid)); seen[k]=len(P)
    P.append(i);TS.append(j['ts']);X.append(j['x']);Y.append(j['y']);ND.append(1)
del seen
dev={};per=[];dv=[]
for i,l in enumerate(open(resdir+'/err.csv')):
    if i==0: continue
    a=l.split(',',3); dv.append(dev.setdefault(a[1],len(dev))); per.append(pid.get(a[2],-1))
M=np.genfromtxt(resdir+'/err.csv',delimiter=',',skip_header=1,usecols=(0,3,5,6,7,8))
names=np.array(sorted(pid,key=pid.get))
np.savez(out,P=np.array(P),TS=np.array(TS,dtype=np.int64),X=np.array(X),Y=np.array(Y),ND=np.array(ND),names=names,
         mper=np.array(per),mdev=np.array(dv),mts=M[:,0].astype(np.int64),mex=M[:,2],mey=M[:,3],mtx=M[:,4],mty=M[:,5])
