import numpy as np
import pandas as pd
from sklearn.decomposition import IncrementalPCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

reader = pd.read_csv("pixels.csv")
pixels = reader.drop(columns="label").to_numpy(dtype=np.float32)
ipca = IncrementalPCA(n_components=40)
batch = 1000
for start in range(0, len(pixels), batch):
    ipca.partial_fit(pixels[start:start + batch])
reduced = ipca.transform(pixels)
Xtr, Xte, ytr, yte = train_test_split(reduced, reader["label"], test_size=0.25)
print(LogisticRegression(max_iter=500).fit(Xtr, ytr).score(Xte, yte))
