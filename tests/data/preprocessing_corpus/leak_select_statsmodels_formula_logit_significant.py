import pandas as pd
import statsmodels.formula.api as smf
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

heart = pd.read_csv("framingham.csv").dropna()
full = smf.logit("TenYearCHD ~ male + age + cigsPerDay + totChol + sysBP + diaBP + BMI + heartRate + glucose",
                 data=heart).fit(disp=False)
significant = [name for name, p in full.pvalues.items() if p < 0.05 and name != "Intercept"]

X_train, X_test, y_train, y_test = train_test_split(heart[significant], heart["TenYearCHD"], test_size=0.25,
                                                    stratify=heart["TenYearCHD"], random_state=4)
print(LogisticRegression(max_iter=1000).fit(X_train, y_train).score(X_test, y_test))
