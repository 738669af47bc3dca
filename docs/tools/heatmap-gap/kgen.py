import json, sys, numpy as np
d=np.load(sys.argv[1]); p=np.load(sys.argv[2]); resdir=sys.argv[3]
h=json.load(open(resdir+'/heatmap.json')); cs=h['cellSize']; C=h['cols']; R=h['rows']; fr=h['from']; to=h['to']
P,TS,X,Y=d['P'],d['TS'],d['X'],d['Y']
o=np.lexsort((TS,P)); P,TS,X,Y=P[o],TS[o],X[o],Y[o]
nxt=np.r_[TS[1:],0]; same=np.r_[P[1:]==P[:-1],False]
W=np.where(same,np.minimum(nxt-TS,2000)/1000,1.0); W[(TS<fr)|(TS>=to)]=0
def cell(x,y):
    c=np.clip(np.floor(x/cs).astype(int),0,C-1); r=np.clip(np.floor(y/cs).astype(int),0,R-1); return r*C+c
def grid(x,y,w): g=np.zeros(R*C); np.add.at(g,cell(x,y),w); return g
def r(a,b): return np.corrcoef(a,b)[0,1]
T=grid(X,Y,W)
D,PT,PX,PY,Z=p['D'],p['TS'],p['X'],p['Y'],p['Z']
o=np.lexsort((PT,D)); D,PT,PX,PY,Z=D[o],PT[o],PX[o],PY[o],Z[o]
nx=np.r_[PT[1:],0]; sm=np.r_[D[1:]==D[:-1],False]
PW=np.where(sm,np.minimum(nx-PT,90000)/1000,1.0)
E=grid(PX,PY,PW); c=cell(PX,PY)
cnt=np.zeros(R*C); u=np.unique(c.astype(np.int64)*10**7+D); np.add.at(cnt,(u//10**7).astype(int),1)
under=(cnt<5)&(E>0)
print('no floor %.4f  k5 blank %.4f   under-k cells %d holding %.1f%% of seconds'%(r(E,T),r(np.where(cnt>=5,E,0),T),under.sum(),100*E[under].sum()/E.sum()))
# zone of each cell centre via the position rows' zone label (majority)
cz=np.full(R*C,-1); cz[c]=Z
zones=p['zones']
G=np.where(cnt>=5,E,0)
rows_under=under[c]
for zi in np.unique(cz[under]):
    cells=np.nonzero(under&(cz==zi))[0]
    devs=np.unique(D[rows_under&(cz[c]==zi)])
    if len(devs)>=5: G[cells]=E[cells].sum()/len(cells)
print('k5 generalised per zone %.4f'%r(G,T))
