import numpy as np
import pandas as pd
from sklearn.model_selection import KFold
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

vitals = pd.read_csv('icu_vitals.csv')
vitals.sort_values(['charttime'], inplace=True)
vitals.fillna(method='pad', inplace=True)
vitals.dropna(inplace=True)

cols = ['heart_rate', 'resp_rate', 'spo2', 'sbp', 'dbp', 'temp_c']
X = vitals[cols].to_numpy()
y = vitals['sepsis'].to_numpy()

kf = KFold(n_splits=5, shuffle=True, random_state=0)
f1s = []
for fold, (tr, va) in enumerate(kf.split(X)):
    lr = LogisticRegression(max_iter=2000, class_weight='balanced')
    lr.fit(X[tr], y[tr])
    f1s.append(f1_score(y[va], lr.predict(X[va])))
    print(fold, round(f1s[-1], 3))
print('mean f1', np.mean(f1s))
