import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, chi2

docs = pd.read_csv("drug_reviews_counts.csv")
X, y = docs.drop(columns="rating_high").to_numpy(), docs["rating_high"].to_numpy()
X_best = SelectKBest(chi2, k=500).fit_transform(X, y)
np.savez_compressed("selected.npz", X=X_best, y=y)
