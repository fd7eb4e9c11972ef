"""What the static analyser knows about library APIs: which calls fit, split, resample or only transform.

Names are matched on the last component of the called name (``StandardScaler``,
``train_test_split``), so aliases and ``from x import *`` work; the module is
consulted only where a name is ambiguous (``numpy.split`` versus ``str.split``).
"""

from __future__ import annotations

import functools
import re

__all__ = [
    "LEARNS",
    "learns_of_class",
    "is_splitter_class",
    "is_search_class",
    "FIT_METHODS",
    "TRANSFORM_METHODS",
    "MODEL_USE_METHODS",
    "STAT_NAMES",
    "role_from_name",
]

#: What fitting an instance of a class learns from the rows it sees.
#: ``statistics`` (means, quantiles, components, selected features) and
#: ``vocabulary`` (tokens or categories kept or ordered by frequency) leak
#: evaluation rows; ``oversample`` copies or synthesises rows. ``categories``
#: (only the set of values seen, as OneHotEncoder without min_frequency),
#: ``labels``, ``undersample`` and ``none`` (stateless) do not leak.
_STATISTICS = {
    # scikit-learn preprocessing, decomposition, imputation, feature selection
    "StandardScaler", "MinMaxScaler", "RobustScaler", "MaxAbsScaler", "QuantileTransformer",
    "PowerTransformer", "KBinsDiscretizer", "SplineTransformer", "TargetEncoder", "KernelCenterer",
    "PCA", "IncrementalPCA", "KernelPCA", "TruncatedSVD", "FastICA", "NMF", "MiniBatchNMF",
    "FactorAnalysis", "SparsePCA", "MiniBatchSparsePCA", "LatentDirichletAllocation",
    "DictionaryLearning", "MiniBatchDictionaryLearning", "Isomap", "LocallyLinearEmbedding",
    "TSNE", "UMAP", "Nystroem", "SimpleImputer", "KNNImputer", "IterativeImputer", "MissingIndicator",
    "SelectKBest", "SelectPercentile", "SelectFpr", "SelectFdr", "SelectFwe", "GenericUnivariateSelect",
    "VarianceThreshold", "RFE", "RFECV", "SelectFromModel", "SequentialFeatureSelector",
    "TfidfVectorizer", "TfidfTransformer", "NeighborhoodComponentsAnalysis",
    # category_encoders (statistics of the target or of counts)
    "CountEncoder", "WOEEncoder", "LeaveOneOutEncoder", "CatBoostEncoder", "MEstimateEncoder",
    "JamesSteinEncoder", "GLMMEncoder", "QuantileEncoder", "SummaryEncoder",
    # feature-engine
    "MeanMedianImputer", "ArbitraryNumberImputer", "EndTailImputer", "Winsorizer", "OutlierTrimmer",
    "MeanEncoder", "OrdinalEncoderFE", "EqualFrequencyDiscretiser", "EqualWidthDiscretiser",
    # Keras preprocessing layers with adapt(); ImageDataGenerator (featurewise options only)
    "Normalization", "Discretization", "ImageDataGenerator",
    # old scikit-learn names (sklearn.preprocessing.Imputer, RandomizedPCA)
    "Imputer", "RandomizedPCA",
}
_VOCABULARY = {
    "CountVectorizer", "Tokenizer", "TextVectorization", "StringLookup", "IntegerLookup", "RareLabelEncoder",
    "CountFrequencyEncoder",
}
_CATEGORIES = {"OneHotEncoder", "OrdinalEncoder", "DictVectorizer", "BinaryEncoder", "BaseNEncoder"}
#: Options that make a categories encoder keep categories by frequency (a vocabulary).
FREQUENCY_OPTIONS = ("min_frequency", "max_categories")
_LABELS = {"LabelEncoder", "LabelBinarizer", "MultiLabelBinarizer"}
_STATELESS = {
    "Normalizer", "Binarizer", "FunctionTransformer", "PolynomialFeatures", "HashingVectorizer",
    "FeatureHasher", "GaussianRandomProjection", "SparseRandomProjection", "RBFSampler",
    "SkewedChi2Sampler", "AdditiveChi2Sampler", "Rescaling", "Resizing", "CenterCrop", "Hashing",
    "CategoryEncoding", "HashingEncoder", "HashedCrossing",
}
_OVERSAMPLERS = {
    "SMOTE", "ADASYN", "BorderlineSMOTE", "SVMSMOTE", "KMeansSMOTE", "SMOTENC", "SMOTEN",
    "RandomOverSampler", "SMOTETomek", "SMOTEENN",
}
_UNDERSAMPLERS = {
    "RandomUnderSampler", "NearMiss", "TomekLinks", "EditedNearestNeighbours",
    "RepeatedEditedNearestNeighbours", "AllKNN", "CondensedNearestNeighbour", "OneSidedSelection",
    "NeighbourhoodCleaningRule", "InstanceHardnessThreshold", "ClusterCentroids",
}
_PIPELINES = {"Pipeline", "make_pipeline", "ColumnTransformer", "make_column_transformer", "FeatureUnion",
              "make_union", "TransformedTargetRegressor"}

LEARNS: dict[str, str] = {
    **{n: "statistics" for n in _STATISTICS},
    **{n: "vocabulary" for n in _VOCABULARY},
    **{n: "categories" for n in _CATEGORIES},
    **{n: "labels" for n in _LABELS},
    **{n: "none" for n in _STATELESS},
    **{n: "oversample" for n in _OVERSAMPLERS},
    **{n: "undersample" for n in _UNDERSAMPLERS},
    **{n: "pipeline" for n in _PIPELINES},
}

#: ImageDataGenerator options that make ``fit`` learn statistics.
IDG_FITTED_OPTIONS = ("featurewise_center", "featurewise_std_normalization", "zca_whitening")

def learns_of_class(name: str) -> str | None:
    """What an instance of class ``name`` learns when fitted; None when unknown."""
    return LEARNS.get(name)


_SPLITTER = re.compile(r"^(Repeated)?(Stratified)?(Group)?(KFold|ShuffleSplit)$|^TimeSeriesSplit$|^PredefinedSplit$"
                       r"|^LeaveOneOut$|^LeavePOut$|^LeaveOneGroupOut$|^LeavePGroupsOut$|^StratifiedGroupKFold$"
                       r"|^(MultilabelStratified|IterativeStratification|PurgedGroupTimeSeries|Blocking)\w*$")


def is_splitter_class(name: str) -> bool:
    """A cross-validation splitter whose ``.split(X)`` yields (train, test) index pairs."""
    return bool(_SPLITTER.match(name))


def keeps_time_order(name: str) -> bool:
    """A splitter whose evaluation rows always come after its training rows (``TimeSeriesSplit`` and its
    purged and blocking variants)."""
    return "TimeSeriesSplit" in name


_SEARCH = {"GridSearchCV", "RandomizedSearchCV", "HalvingGridSearchCV", "HalvingRandomSearchCV",
           "BayesSearchCV", "TunedThresholdClassifierCV", "FixedThresholdClassifier"}


def is_search_class(name: str) -> bool:
    """An estimator that cross-validates internally when fitted (its fit is a split, not a leak)."""
    return name in _SEARCH or (name.endswith("CV") and name[:1].isupper() and name not in ("RFECV",))


#: Methods that fit an object on the rows passed to them.
FIT_METHODS = {"fit", "fit_transform", "partial_fit", "adapt", "fit_resample", "fit_sample",
               "fit_on_texts", "fit_on_sequences", "fit_predict"}
#: Methods that apply what an object learned to data (a use of the fitted state).
TRANSFORM_METHODS = {"transform", "fit_transform", "inverse_transform", "flow", "flow_from_dataframe",
                     "flow_from_directory", "standardize", "random_transform", "apply_transform",
                     "texts_to_sequences", "texts_to_matrix", "sequences_to_matrix", "texts_to_sequences_generator",
                     "get_feature_names_out"}
#: Methods that train or evaluate a model on data (they use every fitted state the data or model carries).
MODEL_USE_METHODS = {"fit", "fit_generator", "evaluate", "evaluate_generator", "predict", "predict_proba",
                     "predict_log_proba", "predict_generator", "decision_function", "score", "train_on_batch",
                     "test_on_batch", "predict_on_batch", "fit_predict", "staged_predict"}

#: Reductions that, taken across rows, are statistics of the data (mean/std/quantile...).
STAT_NAMES = {
    "mean", "std", "var", "median", "quantile", "percentile", "min", "max", "sum", "nanmean", "nanstd",
    "nanvar", "nanmedian", "nanmin", "nanmax", "nanpercentile", "nanquantile", "nansum", "amin", "amax",
    "ptp", "mode", "describe", "cov", "corr", "reduce_mean", "reduce_std", "reduce_variance", "reduce_min",
    "reduce_max", "reduce_sum", "moments", "average", "sem", "mad", "iqr", "skew", "kurt", "kurtosis",
    "agg", "aggregate", "idxmax", "idxmin", "value_counts", "nunique", "unique",
    # column norms (``np.linalg.norm(X, axis=0)``), singular vectors, tf.data reductions over all elements
    "norm", "svd", "reduce",
}
#: Functions that standardise their input with its own statistics (fit and transform in one call).
SCALING_FUNCTIONS = {"zscore", "scale", "minmax_scale", "robust_scale", "maxabs_scale", "quantile_transform",
                     "power_transform", "qcut", "winsorize", "boxcox", "yeojohnson", "standardize", "rankdata"}
#: Per-sample functions that look like scaling but use no statistics of other rows.
PER_SAMPLE_FUNCTIONS = {"normalize", "per_image_standardization", "l2_normalize", "preprocess_input",
                        "per_image_normalization"}
#: Functions that cross-validate the estimator they are given on the data they are given.
CV_FUNCTIONS = {"cross_val_score", "cross_validate", "cross_val_predict", "learning_curve",
                "validation_curve", "permutation_test_score"}
#: Functions that stack arrays or frames along rows.
CONCAT_FUNCTIONS = {"concatenate", "concat", "vstack", "row_stack", "append", "r_", "stack"}
EVAL_TOKENS = {"val", "valid", "validation", "test", "testing", "tst", "holdout", "dev", "eval", "evaluation",
               "te", "vl", "oof", "hold", "heldout"}
TRAIN_TOKENS = {"train", "training", "tr", "trn", "fit"}
_TOKEN_SPLIT = re.compile(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])")


@functools.lru_cache(maxsize=4096)
def role_from_name(name: str) -> str | None:
    """``"eval"`` / ``"train"`` when a variable or split name says so (``X_val``, ``test_df``, ``xtrain``)."""
    roles = set()
    for token in _TOKEN_SPLIT.split(name):
        t = token.lower()
        if not t:
            continue
        if t in EVAL_TOKENS or t.endswith("test") or t.endswith("valid") or (t.endswith("val") and len(t) <= 4):
            roles.add("eval")
        elif t in TRAIN_TOKENS or t.endswith("train"):
            roles.add("train")
    if len(roles) == 1:
        return roles.pop()
    return None


def role_from_literal(text: str) -> str | None:
    """Role named by a string literal such as ``"training"``, ``'validation'``, ``"test[:50%]"``."""
    t = text.strip().lower()
    if t.startswith(("train", "training")):
        return "train"
    if t.startswith(("val", "valid", "validation", "test", "dev", "holdout", "eval")):
        return "eval"
    return None


#: Methods and ``fillna(method=...)`` values that carry values from neighbouring rows into gaps.
FILL_METHODS = {"ffill", "bfill", "pad", "backfill", "interpolate", "nearest", "forward_fill", "backward_fill",
                "interpolate_na"}
#: scipy.interpolate classes and functions: an interpolant built from the known rows' values.
INTERPOLATORS = {"interp1d", "CubicSpline", "UnivariateSpline", "InterpolatedUnivariateSpline", "PchipInterpolator",
                 "Akima1DInterpolator", "make_interp_spline", "splrep", "BarycentricInterpolator", "Rbf",
                 "RBFInterpolator", "griddata"}
#: Imputation functions that fit and fill in one call (impyute).
IMPUTE_FUNCTIONS = {"mice", "fast_knn", "em", "buck_iter", "moving_window"}
#: Fills that carry only earlier rows' values into later rows.
FORWARD_FILLS = {"ffill", "pad", "forward_fill"}
#: polars ``fill_null(strategy=...)``: the fill of the same direction, or a statistic of the column's rows.
FILL_STRATEGIES = {"forward": "forward_fill", "backward": "backward_fill", "mean": "mean", "min": "min", "max": "max"}
#: Methods that put other values where the receiver has gaps (``fillna(v)``, ``where(notna, v)``,
#: ``combine_first(v)``), with the position of that other value among the call's arguments and its keyword.
GAP_FILLERS = {"fillna": (0, "value"), "fill_null": (0, "value"), "where": (1, "other"), "mask": (1, "other"),
               "combine_first": (0, "other")}
#: Methods that compute a value from neighbouring rows (a shifted or windowed copy of the column).
NEIGHBOUR_METHODS = {"shift", "rolling", "expanding", "ewm"}
#: Functions that write data to a file (``np.save``, ``joblib.dump``, ``pickle.dump``, ``torch.save``) ...
SAVE_FUNCTIONS = {"save", "savez", "savez_compressed", "savetxt", "dump", "safe_dump", "save_npz", "save_model",
                  "savemat",
                  "save_weights", "write_table", "write_feather"}
SAVE_MODULES = {"np", "numpy", "joblib", "pickle", "json", "yaml", "pq", "pa", "pyarrow", "feather", "dill",
                "cloudpickle", "torch", "jnp", "cp", "cupy", "sparse", "scipy",
                "sp", "keras", "tf", "tensorflow", "models", "mlflow"}
#: ... and data methods that do (``df.to_parquet``).
SAVE_METHODS = {"to_csv", "to_parquet", "to_pickle", "to_feather", "to_hdf", "to_json", "to_excel", "to_numpy_file",
                "tofile", "dump",
                # polars frames
                "write_parquet", "write_csv", "write_ipc", "write_json", "write_ndjson", "write_excel", "write_avro",
                "write_delta", "sink_parquet", "sink_csv", "sink_ipc"}
#: File objects data is written into and read back from by key (``h5py.File(path, "w").create_dataset(...)``).
FILE_CONTAINERS = {"File", "HDFStore"}
#: Methods of such an object that store data in it.
CONTAINER_WRITES = {"create_dataset", "put", "append", "write", "require_dataset"}
#: Gradient-boosting libraries whose ``train(params, data)`` function returns a fitted booster.
BOOSTER_MODULES = {"lgb", "lightgbm", "xgb", "xgboost", "catboost"}
#: Methods of a fitted object that return what it learned, without data (``SelectFromModel.get_support()``,
#: a booster's importance scores).
LEARNED_GETTERS = {"get_support", "get_feature_names_out", "get_feature_names", "get_score", "get_fscore",
                   "feature_importance", "get_feature_importance", "ranking_"}
#: patsy / statsmodels functions taking a formula; stateful transforms in it learn from the rows.
FORMULA_FUNCTIONS = {"dmatrix", "dmatrices", "design_matrix", "model_matrix", "ols", "logit", "probit", "glm", "mixedlm", "wls",
                     "gls", "quantreg", "poisson", "negativebinomial", "rlm"}
STATEFUL_FORMULA = re.compile(r"\b(standardize|center|scale|bs|cr|cc|te|dmatrix)\s*\(")
CATEGORICAL_FORMULA = re.compile(r"\bC\s*\(((?:[^()]|\([^()]*\))*)\)")


def formula_learns_categories(formula: str) -> bool:
    """A categorical term ``C(x)`` takes its levels from the rows, unless the formula lists them (``levels=``)."""
    return any("levels" not in m.group(1) for m in CATEGORICAL_FORMULA.finditer(formula))
#: Functions scoring features on the rows (or with a model) they are given: selection statistics.
IMPORTANCE_FUNCTIONS = {"permutation_importance", "mutual_info_classif", "mutual_info_regression", "f_classif",
                        "f_regression", "chi2", "r_regression", "f_oneway"}
#: Splits whose outputs come in an order the API defines: names never override those positions.
ORDERED_SPLITS = {"train_test_split", "iterative_train_test_split", "temporal_train_test_split"}
