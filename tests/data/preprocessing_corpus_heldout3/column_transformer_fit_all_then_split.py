import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier

bank = pd.read_csv("bank_churners.csv")
num = ["Customer_Age", "Credit_Limit", "Total_Trans_Amt", "Total_Trans_Ct"]
cat = ["Gender", "Education_Level", "Income_Category"]
prep = ColumnTransformer([("num", StandardScaler(), num), ("cat", OneHotEncoder(handle_unknown="ignore"), cat)])
X = prep.fit_transform(bank[num + cat])
y = (bank["Attrition_Flag"] == "Attrited Customer").astype(int)
a, b, ya, yb = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
print(GradientBoostingClassifier().fit(a, ya).score(b, yb))
