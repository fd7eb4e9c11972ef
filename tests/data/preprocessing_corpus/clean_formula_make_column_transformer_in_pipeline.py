import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

df = pd.read_csv("bank.csv")
num = ["age", "balance", "duration", "campaign", "pdays"]
cat = ["job", "marital", "education", "contact"]
ct = make_column_transformer((StandardScaler(), num), (OneHotEncoder(handle_unknown="ignore"), cat))
X_train, X_test, y_train, y_test = train_test_split(df, df["deposit"].eq("yes"), random_state=0)
model = make_pipeline(ct, LogisticRegression(max_iter=1000)).fit(X_train, y_train)
print(model.score(X_test, y_test))
