import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

energy = pd.read_csv("appliances_energy.csv")
cols = ["T1", "RH_1", "T2", "RH_2", "T_out"]
scaled = pd.DataFrame(StandardScaler().fit_transform(energy[cols]), columns=cols)
print(scaled.head(5))
print(scaled.tail(5))
print(cross_val_score(make_pipeline(StandardScaler(), Ridge()), energy[cols], energy["Appliances"], cv=5).mean())
