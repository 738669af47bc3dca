# usage: python3 signed.py TRUTH RESULTS: signed per-zone visit error and store / food-court totals
import csv,collections,sys,statistics
truth,res=sys.argv[1],sys.argv[2]
tv=[r for r in csv.DictReader(open(truth+'/visits.csv')) if r['zone'].startswith(('st-','fc'))]
tc=collections.Counter(r['zone'] for r in tv)
zs={r['zone']:int(r['visits'] or 0) for r in csv.DictReader(open(res+'/zone_stats.csv'))}
se=[(zs.get(z,0)-tc[z])/tc[z] for z in tc if tc[z]>=5]
print('zones',len(se),'signed median %.3f mean %.3f'%(statistics.median(se),statistics.mean(se)),'over',sum(e>0.1 for e in se),'under',sum(e<-0.1 for e in se))
st=[z for z in tc if z.startswith('st-') and tc[z]>=5]
print('stores true',sum(tc[z] for z in st),'est',sum(zs.get(z,0) for z in st),' fc true',sum(tc[z] for z in tc if z.startswith('fc')),'est',sum(v for z,v in zs.items() if z.startswith('fc')))
