import pandas as pd
import category_encoders as ce
from sklearn.model_selection import cross_val_score, StratifiedKFold
from sklearn.linear_model import LogisticRegression

cc = pd.read_csv("crx.data", header=None, na_values="?").dropna()
cc.columns = [f"A{i}" for i in range(1, 16)] + ["approved"]
y = (cc.pop("approved") == "+").astype(int)
nominal = ["A1", "A4", "A5", "A6", "A7", "A9", "A10", "A12", "A13"]
cc = ce.OneHotEncoder(cols=nominal, use_cat_names=True).fit_transform(cc)

cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
print(cross_val_score(LogisticRegression(max_iter=5000), cc, y, cv=cv).mean())
