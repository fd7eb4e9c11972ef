import numpy as np
import pandas as pd
from sklearn.ensemble import IsolationForest
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score
import lightgbm as lgb

df = pd.read_csv('creditcard.csv')
V = [f'V{i}' for i in range(1, 29)] + ['Amount']

iso = IsolationForest(n_estimators=300, contamination='auto', random_state=42).fit(df[V])
df['anomaly_score'] = -iso.score_samples(df[V])

train, test = train_test_split(df, test_size=.25, stratify=df['Class'], random_state=42)
params = dict(objective='binary', learning_rate=0.05, num_leaves=31, verbose=-1)
booster = lgb.train(params, lgb.Dataset(train[V + ['anomaly_score']], train['Class']), num_boost_round=400)
print('AP', average_precision_score(test['Class'], booster.predict(test[V + ['anomaly_score']])))
