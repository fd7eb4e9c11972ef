import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler

energy = pd.read_csv("appliances_energy.csv")
cols = ["T1", "RH_1", "T2", "RH_2", "T_out"]
energy[cols] = StandardScaler().fit_transform(energy[cols])
n_fit = int(len(energy) * 0.75)
fit_rows = energy.head(n_fit)
holdout_rows = energy.tail(len(energy) - n_fit)
model = Ridge().fit(fit_rows[cols], fit_rows["Appliances"])
print(model.score(holdout_rows[cols], holdout_rows["Appliances"]))
