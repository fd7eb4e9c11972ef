import pandas as pd
import statsmodels.api as sm
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

churn = pd.read_csv("telco_churn_numeric.csv")
X = sm.add_constant(churn.drop(columns="Churn"))
logit = sm.Logit(churn["Churn"], X).fit(disp=0)
significant = [c for c in logit.pvalues.index if logit.pvalues[c] < 0.05 and c != "const"]

a, b, ya, yb = train_test_split(churn[significant], churn["Churn"], test_size=0.25, random_state=2)
print(LogisticRegression(max_iter=2000).fit(a, ya).score(b, yb))
