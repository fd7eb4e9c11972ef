import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

seeds = pd.read_csv("wheat_seeds.csv")
num = ["area", "perimeter", "compactness", "kernel_length", "kernel_width", "asymmetry"]
seeds = seeds.assign(**{c: (seeds[c] - seeds[c].mean()) / seeds[c].std() for c in num})
a, b, ya, yb = train_test_split(seeds[num], seeds["variety"], test_size=0.3, stratify=seeds["variety"], random_state=0)
print(KNeighborsClassifier(5).fit(a, ya).score(b, yb))
