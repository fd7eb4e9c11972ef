import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder, StandardScaler

df = pd.read_csv("bank_marketing.csv")
y = df.pop("y")
prep = make_column_transformer(
    (StandardScaler(), ["age", "balance", "duration"]),
    (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), ["job", "marital", "education"]),
)
model = make_pipeline(prep, HistGradientBoostingClassifier())
print(cross_validate(model, df, y, cv=5, scoring="roc_auc")["test_score"].mean())
