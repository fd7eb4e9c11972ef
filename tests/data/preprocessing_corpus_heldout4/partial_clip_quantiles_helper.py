from functools import partial

import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.linear_model import Ridge

ins = pd.read_csv("insurance.csv")
cap_bmi = partial(np.clip, a_min=ins["bmi"].quantile(0.05), a_max=ins["bmi"].quantile(0.95))
ins["bmi_capped"] = cap_bmi(ins["bmi"])
ins["smoker"] = (ins["smoker"] == "yes").astype(int)
ins["male"] = (ins["sex"] == "male").astype(int)

X = ins[["age", "bmi_capped", "children", "smoker", "male"]]
print(cross_val_score(Ridge(), X, np.log(ins["charges"]), cv=KFold(5, shuffle=True, random_state=0)).mean())
