import pandas as pd
from sklearn.svm import SVR
from sklearn.model_selection import cross_val_score, KFold

plant = pd.read_csv("ccpp_with_gaps.csv")
num = plant.select_dtypes("number").columns.drop("PE")
plant[num] = plant[num].apply(lambda col: col.interpolate(method="linear"))
plant = plant.dropna(subset=["PE"])

scores = cross_val_score(SVR(C=10.0, epsilon=0.5), plant[num], plant["PE"],
                         cv=KFold(5, shuffle=True, random_state=0), scoring="r2")
print("R2 per fold", scores.round(3), "mean", scores.mean().round(3))
