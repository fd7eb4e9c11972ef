import numpy as np
import pandas as pd
from sklearn.preprocessing import PowerTransformer
from sklearn.model_selection import cross_val_predict, KFold
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score

fish = pd.read_csv("Fish.csv")
y = fish.pop("Weight").to_numpy()
X = fish[["Length1", "Length2", "Length3", "Height", "Width"]].to_numpy()
X = PowerTransformer(method="box-cox", standardize=True).fit_transform(X)

pred = cross_val_predict(LinearRegression(), X, np.log1p(y), cv=KFold(5, shuffle=True, random_state=0))
print("CV R2 (log weight)", r2_score(np.log1p(y), pred))
