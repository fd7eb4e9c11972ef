import pandas as pd
from sklearn.preprocessing import PowerTransformer
from sklearn.ensemble import StackingRegressor, RandomForestRegressor
from sklearn.linear_model import RidgeCV
from sklearn.svm import SVR
from sklearn.model_selection import train_test_split

slump = pd.read_csv("concrete_slump.csv")
cols = ["Cement", "Slag", "Fly ash", "Water", "SP", "Coarse Aggr.", "Fine Aggr."]
slump[cols] = PowerTransformer(method="yeo-johnson").fit_transform(slump[cols])
tr, te = train_test_split(slump, test_size=0.2, random_state=0)
stack = StackingRegressor([("rf", RandomForestRegressor()), ("svr", SVR())], final_estimator=RidgeCV())
print(stack.fit(tr[cols], tr["Compressive Strength"]).score(te[cols], te["Compressive Strength"]))
