import pickle
import numpy as np
from sklearn.model_selection import KFold
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import ElasticNet

data = np.load("assay.npz")
X, y = data["X"], data["y"]
kf = KFold(n_splits=5, shuffle=True, random_state=0)
fold_scores = []
for train_idx, test_idx in kf.split(X):
    scaler = StandardScaler().fit(X[train_idx])
    enet = ElasticNet(alpha=0.05).fit(scaler.transform(X[train_idx]), y[train_idx])
    fold_scores.append(enet.score(scaler.transform(X[test_idx]), y[test_idx]))
print("cv r2", np.mean(fold_scores))

final_scaler = StandardScaler().fit(X)
final_model = ElasticNet(alpha=0.05).fit(final_scaler.transform(X), y)
with open("model.pkl", "wb") as fh:
    pickle.dump((final_scaler, final_model), fh)
