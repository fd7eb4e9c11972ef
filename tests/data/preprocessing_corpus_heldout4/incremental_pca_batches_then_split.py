import numpy as np
from sklearn.decomposition import IncrementalPCA
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

faces = np.load("celeba_gray_64_subset.npy", mmap_mode="r")
smiling = np.load("celeba_smiling_subset.npy")
flat = faces.reshape(len(faces), -1)

ipca = IncrementalPCA(n_components=100)
for start in range(0, len(flat), 2000):
    ipca.partial_fit(flat[start:start + 2000])
codes = np.vstack([ipca.transform(flat[s:s + 2000]) for s in range(0, len(flat), 2000)])

c_train, c_test, s_train, s_test = train_test_split(codes, smiling, test_size=0.2, random_state=0)
print("smile accuracy from 100 PCs", LogisticRegression(max_iter=3000).fit(c_train, s_train).score(c_test, s_test))
