import { SourceText as SourceText_50c5c6f53ab2b8f3c22cbe5fd84b88fb } from '@/translations/sideBySide/SourceText'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SwedishTitle as SwedishTitle_da07e1ad6a329856dc522151626d5b42 } from '@/translations/sideBySide/SwedishTitle'
import { PublishControl as PublishControl_641be08b7f1da5e2060f2e8eb1bc7558 } from '@/translations/publishing/PublishControl'
import { LoadVttFile as LoadVttFile_be3b80f2b8a101619e05a08a569d4a2c } from '@/films/captions/LoadVttFile'
import { FileTextsNote as FileTextsNote_f283d032e09b996e93e14ece8bfc2e5a } from '@/translations/publishing/FileTextsNote'
import { CampaignReach as CampaignReach_7cc9945d0b51e2ace2e67df6713265cd } from '@/reach/admin/CampaignReach'
import { EventReach as EventReach_7cc9945d0b51e2ace2e67df6713265cd } from '@/reach/admin/CampaignReach'
import { KeyDateRowLabel as KeyDateRowLabel_849ab32a91041356aee8b9e0db998416 } from '@/campaigns/keyDates/RowLabel'
import { NavLink as NavLink_28b55b8317abb2b59eae275f31a49dae } from '@/translations/dashboard/NavLink'
import { WheelNavLink as WheelNavLink_d5b7cb18f7a66147233b65e8bce27845 } from '@/campaigns/wheel/WheelNavLink'
import { AttentionCounts as AttentionCounts_5308042b9e9240b14b1b3c2768d24d60 } from '@/translations/dashboard/AttentionCounts'
import { KeptRowsControls as KeptRowsControls_5a00ada712ffd8daaacebee60614521f } from '@/access/KeptRowsControls'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { TranslationDashboard as TranslationDashboard_5c94ff5465726cc746b538cbae2d8fba } from '@/translations/dashboard/TranslationDashboard'
import { WheelView as WheelView_1968993041d6e2094d18e629aa724692 } from '@/campaigns/wheel/WheelView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/translations/sideBySide/SourceText#SourceText": SourceText_50c5c6f53ab2b8f3c22cbe5fd84b88fb,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/translations/sideBySide/SwedishTitle#SwedishTitle": SwedishTitle_da07e1ad6a329856dc522151626d5b42,
  "@/translations/publishing/PublishControl#PublishControl": PublishControl_641be08b7f1da5e2060f2e8eb1bc7558,
  "@/films/captions/LoadVttFile#LoadVttFile": LoadVttFile_be3b80f2b8a101619e05a08a569d4a2c,
  "@/translations/publishing/FileTextsNote#FileTextsNote": FileTextsNote_f283d032e09b996e93e14ece8bfc2e5a,
  "@/reach/admin/CampaignReach#CampaignReach": CampaignReach_7cc9945d0b51e2ace2e67df6713265cd,
  "@/reach/admin/CampaignReach#EventReach": EventReach_7cc9945d0b51e2ace2e67df6713265cd,
  "@/campaigns/keyDates/RowLabel#KeyDateRowLabel": KeyDateRowLabel_849ab32a91041356aee8b9e0db998416,
  "@/translations/dashboard/NavLink#NavLink": NavLink_28b55b8317abb2b59eae275f31a49dae,
  "@/campaigns/wheel/WheelNavLink#WheelNavLink": WheelNavLink_d5b7cb18f7a66147233b65e8bce27845,
  "@/translations/dashboard/AttentionCounts#AttentionCounts": AttentionCounts_5308042b9e9240b14b1b3c2768d24d60,
  "@/access/KeptRowsControls#KeptRowsControls": KeptRowsControls_5a00ada712ffd8daaacebee60614521f,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/translations/dashboard/TranslationDashboard#TranslationDashboard": TranslationDashboard_5c94ff5465726cc746b538cbae2d8fba,
  "@/campaigns/wheel/WheelView#WheelView": WheelView_1968993041d6e2094d18e629aa724692,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
