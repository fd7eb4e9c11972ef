import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("bank.csv")
num = ["age", "balance", "duration", "campaign", "pdays"]
cat = ["job", "marital", "education", "contact"]
ct = make_column_transformer((StandardScaler(), num), (OneHotEncoder(handle_unknown="ignore"), cat),
                             remainder="drop")
X = ct.fit_transform(df)
y = df["deposit"].eq("yes")
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
print(LogisticRegression(max_iter=1000).fit(X_train, y_train).score(X_test, y_test))
