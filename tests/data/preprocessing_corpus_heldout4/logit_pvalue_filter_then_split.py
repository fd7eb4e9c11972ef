import pandas as pd
import statsmodels.api as sm
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

fram = pd.read_csv("framingham.csv").dropna()
y = fram.pop("TenYearCHD")
full = sm.Logit(y, sm.add_constant(fram)).fit(disp=False)
significant = [c for c, p in full.pvalues.items() if c != "const" and p < 0.05]
print("significant:", significant)

X_train, X_test, y_train, y_test = train_test_split(fram[significant], y, test_size=0.2, random_state=5)
lr = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print("test AUC", roc_auc_score(y_test, lr.predict_proba(X_test)[:, 1]))
