import joblib
import pandas as pd
from sklearn.metrics import classification_report

art = joblib.load("artifacts/ids_model.joblib")
test = pd.read_csv("UNSW_NB15_testing-set.csv")
pred = art["clf"].predict(art["scaler"].transform(test[art["columns"]]))
print(classification_report(test["label"], pred, digits=4))
