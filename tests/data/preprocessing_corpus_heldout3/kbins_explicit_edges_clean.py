import numpy as np
import pandas as pd
from sklearn.model_selection import cross_val_score
from sklearn.naive_bayes import CategoricalNB

census = pd.read_csv("census_income_numeric.csv")
age_bins = np.digitize(census["age"], [25, 35, 45, 55, 65])
hour_bins = np.digitize(census["hours_per_week"], [20, 35, 40, 50, 60])
gain_bins = np.digitize(census["capital_gain"], [1, 1000, 5000, 20000])
print(cross_val_score(CategoricalNB(), np.column_stack([age_bins, hour_bins, gain_bins]), census["high_income"], cv=5).mean())
