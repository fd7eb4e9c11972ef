import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge

train = pd.read_csv("../input/train.csv")
test = pd.read_csv("../input/test.csv")
ntrain = train.shape[0]
y_train = np.log1p(train["SalePrice"].values)

all_data = pd.concat((train, test)).reset_index(drop=True)
all_data.drop(["SalePrice"], axis=1, inplace=True)
numeric_feats = all_data.dtypes[all_data.dtypes != "object"].index
all_data[numeric_feats] = all_data[numeric_feats].fillna(all_data[numeric_feats].median())
all_data = pd.get_dummies(all_data)

train = all_data[:ntrain]
test = all_data[ntrain:]
model = Ridge(alpha=10).fit(train, y_train)
preds = np.expm1(model.predict(test))
