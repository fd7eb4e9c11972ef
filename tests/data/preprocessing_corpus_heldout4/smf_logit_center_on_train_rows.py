import pandas as pd
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score

admit = pd.read_csv("binary_admissions.csv")
train, test = train_test_split(admit, test_size=0.3, random_state=3, stratify=admit["admit"])
logit = smf.logit("admit ~ center(gre) + center(gpa) + C(rank, levels=[1, 2, 3, 4])", data=train).fit(disp=0)
print(logit.summary())
print("test AUC", roc_auc_score(test["admit"], logit.predict(test)))
