import pandas as pd
from sklearn.preprocessing import OrdinalEncoder
from sklearn.model_selection import train_test_split
from catboost import CatBoostClassifier

adult = pd.read_csv("adult.csv")
encoders = {}
for col in ["workclass", "education", "occupation", "native_country"]:
    enc = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1)
    adult[[col]] = enc.fit_transform(adult[[col]])
    encoders[col] = enc
X_train, X_test, y_train, y_test = train_test_split(adult.drop(columns="income"), adult["income"], test_size=0.2)
print(CatBoostClassifier(verbose=0).fit(X_train, y_train).score(X_test, y_test))
