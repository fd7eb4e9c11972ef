import numpy as np
import pandas as pd
from sklearn.linear_model import LassoCV, Ridge
from sklearn.model_selection import cross_val_score

genes = pd.read_csv("expression.csv")
y = genes.pop("response").values
X = genes.values
lasso = LassoCV(cv=5).fit(X, y)
chosen = np.flatnonzero(lasso.coef_)
X_small = X[:, chosen]
print(cross_val_score(Ridge(), X_small, y, cv=10).mean())
