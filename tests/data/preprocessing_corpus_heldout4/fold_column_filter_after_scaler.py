import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

folds = pd.read_csv("melanoma_tabular_with_folds.csv")
num = ["age_approx", "width", "height", "mean_r", "mean_g", "mean_b"]
folds[num] = StandardScaler().fit_transform(folds[num])

train = folds[folds["kfold"] != 0].reset_index(drop=True)
valid = folds[folds["kfold"] == 0].reset_index(drop=True)
lr = LogisticRegression(max_iter=2000).fit(train[num], train["target"])
print("fold 0 AUC", roc_auc_score(valid["target"], lr.predict_proba(valid[num])[:, 1]))
