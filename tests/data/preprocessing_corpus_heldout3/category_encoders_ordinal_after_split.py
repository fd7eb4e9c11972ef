import pandas as pd
import category_encoders as ce
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

apps = pd.read_csv("amazon_employee_access.csv")
cat_cols = ["RESOURCE", "MGR_ID", "ROLE_ROLLUP_1", "ROLE_DEPTNAME", "ROLE_FAMILY"]
Xa, Xb, ya, yb = train_test_split(apps[cat_cols], apps["ACTION"], test_size=0.2, random_state=0)
enc = ce.OrdinalEncoder(cols=cat_cols, handle_unknown="value").fit(Xa)
print(LogisticRegression(max_iter=1000).fit(enc.transform(Xa), ya).score(enc.transform(Xb), yb))
