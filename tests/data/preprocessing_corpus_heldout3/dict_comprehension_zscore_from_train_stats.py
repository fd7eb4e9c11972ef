import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

seeds = pd.read_csv("wheat_seeds.csv")
num = ["area", "perimeter", "compactness", "kernel_length", "kernel_width", "asymmetry"]
a, b, ya, yb = train_test_split(seeds[num], seeds["variety"], test_size=0.3, stratify=seeds["variety"], random_state=0)
mu, sd = a.mean(), a.std()
a, b = a.assign(**{c: (a[c] - mu[c]) / sd[c] for c in num}), b.assign(**{c: (b[c] - mu[c]) / sd[c] for c in num})
print(KNeighborsClassifier(5).fit(a, ya).score(b, yb))
