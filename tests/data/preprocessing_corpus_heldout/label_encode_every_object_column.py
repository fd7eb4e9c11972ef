import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
import lightgbm as lgb

train = pd.read_csv('../input/car-insurance/train.csv')
target = train['is_claim']
train = train.drop(columns=['policy_id', 'is_claim'])

for col in train.columns:
    if train[col].dtype == 'object':
        lbl = LabelEncoder()
        train[col] = lbl.fit_transform(list(train[col].values.astype('str')))

x_tr, x_val, y_tr, y_val = train_test_split(train, target, test_size=0.2, random_state=2022, stratify=target)
d_tr = lgb.Dataset(x_tr, y_tr)
d_val = lgb.Dataset(x_val, y_val)
gbm = lgb.train({'objective': 'binary', 'metric': 'auc', 'verbose': -1}, d_tr, 1000,
                valid_sets=[d_val], callbacks=[lgb.early_stopping(50)])
